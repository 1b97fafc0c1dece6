package kz.gov.elicense.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The e-government portal as a system: calls the API over HTTPS with its own TLS client certificate (a PKCS#12 key of
 * the demo PKI's {@code systems/}), with no Authorization header; the server is trusted through the demo root. Beside
 * {@link PortalClient}, which signs in as applicants and officers with BASIC over plain HTTP and whose forms it sends.
 */
final class PortalSystemClient {

    /** The portal's key, as DemoPki writes it. */
    static final String PORTAL = "systems/portal.egov.kz";
    /** The same name from a CA the server does not trust. */
    static final String UNTRUSTED_PORTAL = "systems/untrusted-portal.egov.kz";
    /** A certificate of the demo CA with the portal's name that was replaced (not revoked): not the one the server holds. */
    static final String REPLACED_PORTAL = "systems/replaced-portal.egov.kz";
    /** A system certificate the server holds in portal-systems.p12 but the demo CA has revoked. */
    static final String REVOKED_SYSTEM = "systems/revoked-system.egov.kz";

    private final URI api;
    private final HttpClient http;

    private PortalSystemClient(URI api, SSLContext tls) {
        this.api = api;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The https listener of the server Arquillian started, presenting the given key of the demo PKI. */
    static PortalSystemClient withCertificate(String keyFile) {
        return new PortalSystemClient(httpsApi(), tls(keyFile, false));
    }

    /**
     * Presents the certificate even where the server's list of acceptable issuers does not name its CA (the JDK's key
     * manager would then send none), as a client that tries its luck does.
     */
    static PortalSystemClient insistingOn(String keyFile) {
        return new PortalSystemClient(httpsApi(), tls(keyFile, true));
    }

    /** The https listener with no client certificate at all. */
    static PortalSystemClient withoutCertificate() {
        return new PortalSystemClient(httpsApi(), tls(null, false));
    }

    static URI httpsApi() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        return URI.create("https://127.0.0.1:" + (8443 + offset) + "/api/v1/");
    }

    PortalClient.Response get(String path) throws IOException {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    PortalClient.Response post(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A submission body made by {@link PortalClient.Form#request}, under an idempotency key. */
    PortalClient.Response submit(String body, String idempotencyKey) throws IOException {
        return send(HttpRequest.newBuilder(api.resolve("applications")).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An IOException is the TLS handshake refused (or another failure of the connection). */
    private PortalClient.Response send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new PortalClient.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static SSLContext tls(String keyFile, boolean insist) {
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        char[] password = PortalClient.PASSWORD.toCharArray();
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(pki.resolve("root-ca.pem"))) {
                trusted.setCertificateEntry("root", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManager[] keys = null;
            if (keyFile != null) {
                KeyStore key = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(pki.resolve(keyFile + ".p12"))) {
                    key.load(in, password);
                }
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(key, password);
                keys = factory.getKeyManagers();
                if (insist) {
                    X509ExtendedKeyManager offered = (X509ExtendedKeyManager) keys[0];
                    // the key manager's own name of the key (the PKIX one prefixes the keystore's alias)
                    keys = new KeyManager[]{new Insisting(offered, offered.getClientAliases("RSA", null)[0])};
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS with " + keyFile, e);
        }
    }

    /** Offers its one key whatever issuers the server names. */
    private static final class Insisting extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager keys;
        private final String alias;

        Insisting(X509ExtendedKeyManager keys, String alias) {
            this.keys = keys;
            this.alias = alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[]{alias};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }
}
