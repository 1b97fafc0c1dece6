package kz.gov.elicense.signature.gost;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Real signatures of the NCA RK test PKI (test.pki.gov.kz), made by KalkanCrypt, the NCA RK provider: the
 * evidence that the curve, digest and byte order mapping of this package is the one NCA RK uses.
 * <p>
 * Provenance: the public test resources of NCANode (github.com/malikzh/NCANode, MIT licence), files
 * {@code src/test/resources/ca/nca_gost_test.crt}, {@code src/test/resources/certs/ceo_valid_sign_2004_gost.cer}
 * and the {@code SIGNED_CMS} constant of {@code src/test/groovy/kz/ncanode/unit/service/CmsServiceTest.groovy}.
 * They are public certificates of NCA RK's test CAs (no private keys) and have expired; only their signatures
 * are checked, never their validity.
 */
final class NcaSamples {

    /** "ҰКО 3.0 (GOST TEST)": the NCA RK GOST 34.310-2004 test intermediate CA, issuer of {@link #GOST_2004_END_ENTITY}. */
    static final String GOST_2004_INTERMEDIATE = """
            -----BEGIN CERTIFICATE-----
            MIIC9TCCAp+gAwIBAgIUEjbo8WGRI9HpbwDlZ5H4VeLctFcwDQYJKoMOAwoBAQEC
            BQAwNzEoMCYGA1UEAwwf0J3QldCT0IbQl9CT0IYg0JrQniBURVNUIChHT1NUKTEL
            MAkGA1UEBhMCS1owHhcNMTkwMzE0MTEzNDA3WhcNMjQwMzEyMTEzNDA3WjAuMQsw
            CQYDVQQGEwJLWjEfMB0GA1UEAwwW0rDQmtCeIDMuMCAoR09TVCBURVNUKTBsMCUG
            CSqDDgMKAQEBATAYBgoqgw4DCgEBAQEBBgoqgw4DCgEDAQEAA0MABEB1+CEQIoAC
            Sb9Cuj/pIMNm3Z0inMRKMkBjeUwsifdaRwWpU6dPQfDGFh6uG0ERPkY4sz0FBUjh
            kdhmVQAOyTr0o4IBejCCAXYwHQYDVR0OBBYEFAe+0hxgCERWsCcV6Fc3Q0e711RQ
            MHIGA1UdIwRrMGmAFALH5PoyOjDc/ZAs2XYeIy4o/WaAoTukOTA3MSgwJgYDVQQD
            DB/QndCV0JPQhtCX0JPQhiDQmtCeIFRFU1QgKEdPU1QpMQswCQYDVQQGEwJLWoIU
            Asfk+jI6MNz9kCzZdh4jLij9ZoAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8E
            BAMCAQYwSgYIKwYBBQUHAQEEPjA8MDoGCCsGAQUFBzAChi5odHRwOi8vdGVzdC5w
            a2kuZ292Lmt6L2NlcnQvcm9vdF9nb3N0X3Rlc3QuY2VyMDkGA1UdIAQyMDAwLgYH
            KoMOAwMBATAjMCEGCCsGAQUFBwIBFhVodHRwOi8vcGtpLmdvdi5rei9jcHMwOQYD
            VR0fBDIwMDAuoCygKoYoaHR0cDovL3Rlc3QucGtpLmdvdi5rei9jcmwvcm9vdF9n
            b3N0LmNybDANBgkqgw4DCgEBAQIFAANBAM7A74qvNdsKHjM6TaU9ymVs7A2XOsCH
            KTGLKg1xNd9GdfYCX+3yBGITGvJ+SnEPoTenemQIndgcQ+1hj4DjeH0=
            -----END CERTIFICATE-----
            """;

    /**
     * An NCA RK test signing certificate of a legal entity's head, signed by {@link #GOST_2004_INTERMEDIATE} with
     * GOST 34.310-2004 / GOST 34.311-95 ({@code 1.2.398.3.10.1.1.1.2}).
     */
    static final String GOST_2004_END_ENTITY = """
            -----BEGIN CERTIFICATE-----
            MIIDwjCCA2ygAwIBAgIUbL1FYKM6WMCwfDNjya4GdKCDjlgwDQYJKoMOAwoBAQEC
            BQAwLjELMAkGA1UEBhMCS1oxHzAdBgNVBAMMFtKw0JrQniAzLjAgKEdPU1QgVEVT
            VCkwHhcNMjIwMTE4MDQ0NTM1WhcNMjMwMTE4MDQ0NTM1WjCBrTEeMBwGA1UEAwwV
            0KLQldCh0KLQntCSINCi0JXQodCiMRUwEwYDVQQEDAzQotCV0KHQotCe0JIxGDAW
            BgNVBAUTD0lJTjEyMzQ1Njc4OTAxMTELMAkGA1UEBhMCS1oxGDAWBgNVBAoMD9CQ
            0J4gItCi0JXQodCiIjEYMBYGA1UECwwPQklOMTIzNDU2Nzg5MDIxMRkwFwYDVQQq
            DBDQotCV0KHQotCe0JLQmNCnMGwwJQYJKoMOAwoBAQEBMBgGCiqDDgMKAQEBAQEG
            CiqDDgMKAQMBAQADQwAEQPckbXki433cI8a3yS3MAizF6JCo74VHLcv9BddO++m2
            n31JqVsIaz0xLAoMuqWL/BrBEftImbKpJ1L9eCvVFkOjggHQMIIBzDAOBgNVHQ8B
            Af8EBAMCBsAwKAYDVR0lBCEwHwYIKwYBBQUHAwQGCCqDDgMDBAECBgkqgw4DAwQB
            AgEwHwYDVR0jBBgwFoAUB77SHGAIRFawJxXoVzdDR7vXVFAwHQYDVR0OBBYEFDFv
            bGOmKbutIke+DiTippRWXVBRMF4GA1UdIARXMFUwUwYHKoMOAwMCATBIMCEGCCsG
            AQUFBwIBFhVodHRwOi8vcGtpLmdvdi5rei9jcHMwIwYIKwYBBQUHAgIwFwwVaHR0
            cDovL3BraS5nb3Yua3ovY3BzMDwGA1UdHwQ1MDMwMaAvoC2GK2h0dHA6Ly90ZXN0
            LnBraS5nb3Yua3ovY3JsL25jYV9yc2FfdGVzdC5jcmwwPgYDVR0uBDcwNTAzoDGg
            L4YtaHR0cDovL3Rlc3QucGtpLmdvdi5rei9jcmwvbmNhX2RfcnNhX3Rlc3QuY3Js
            MHIGCCsGAQUFBwEBBGYwZDA4BggrBgEFBQcwAoYsaHR0cDovL3Rlc3QucGtpLmdv
            di5rei9jZXJ0L25jYV9yc2FfdGVzdC5jZXIwKAYIKwYBBQUHMAGGHGh0dHA6Ly90
            ZXN0LnBraS5nb3Yua3ovb2NzcC8wDQYJKoMOAwoBAQECBQADQQCeC041jgP0akBS
            zsfUz8Oef3LMtN+9Eoy8GUXKeoo10xBZiwPXb+jyyI2FadLBvwHAKN0Fzvjt377J
            +WUNU+Dw
            -----END CERTIFICATE-----
            """;

    /**
     * A CMS SignedData made by NCANode with KalkanCrypt over the encapsulated content {@link #CMS_CONTENT}, with two
     * signers: an NCA RK GOST 34.10-2015 512-bit key ({@code 1.2.398.3.10.1.1.2.3.2}, digest {@code 1.2.398.3.10.1.3.3})
     * and an RSA one; both signers' certificates are enclosed.
     */
    static final String KALKAN_CMS_GOST_2015_512 = """
            MIIOHQYJKoZIhvcNAQcCoIIODjCCDgoCAQExHTAMBggqgw4DCgEDAwUAMA0GCWCGSAFlAwQCAQUAMBYGCSqGSIb3DQEHAaAJBAd0
            ZXN0MTIzoIIKQjCCBD8wggOnoAMCAQICFA/wYhHcgr6wAlP/oADx3oSr70VPMA4GCiqDDgMKAQECAwIFADBdMU4wTAYDVQQDDEXS
            sNCb0KLQotCr0pog0JrQo9OY0JvQkNCd0JTQq9Cg0KPQqNCrINCe0KDQotCQ0JvQq9KaIChHT1NUKSBURVNUIDIwMjIxCzAJBgNV
            BAYTAktaMB4XDTIyMDcyODEyMzQ0OFoXDTIzMDcyODEyMzQ0OFowgYExIjAgBgNVBAMMGdCi0JXQodCi0KLQntCSINCi0JXQodCi
            0KIxFzAVBgNVBAQMDtCi0JXQodCi0KLQntCSMRgwFgYDVQQFEw9JSU4xMjM0NTY3ODkwMTIxCzAJBgNVBAYTAktaMRswGQYDVQQq
            DBLQotCV0KHQotCi0J7QktCY0KcwgawwIwYJKoMOAwoBAQICMBYGCiqDDgMKAQECAgEGCCqDDgMKAQMDA4GEAASBgLOOXHNbAwmB
            dXM1lUrdDNOChBP1juxOouZVCupWIgyBGu82rSbU3CFpIC/j9KLbs8qUhz9ZkEpLUq0U0Tz6XLIJDs7jmAgWNdqoWRo/az24ILgB
            2XF9Q7cb0s/R+Nf333zxIKfvjGmBzZRU0emhQdHEQexNy0qvUS+vnxBaCvE7o4IBxjCCAcIwDgYDVR0PAQH/BAQDAgXgMDgGA1Ud
            IAQxMC8wLQYGKoMOAwMCMCMwIQYIKwYBBQUHAgEWFWh0dHA6Ly9wa2kuZ292Lmt6L2NwczB3BggrBgEFBQcBAQRrMGkwKAYIKwYB
            BQUHMAGGHGh0dHA6Ly90ZXN0LnBraS5nb3Yua3ovb2NzcC8wPQYIKwYBBQUHMAKGMWh0dHA6Ly90ZXN0LnBraS5nb3Yua3ovY2Vy
            dC9uY2FfZ29zdDIwMjJfdGVzdC5jZXIwQQYDVR0fBDowODA2oDSgMoYwaHR0cDovL3Rlc3QucGtpLmdvdi5rei9jcmwvbmNhX2dv
            c3QyMDIyX3Rlc3QuY3JsMEMGA1UdLgQ8MDowOKA2oDSGMmh0dHA6Ly90ZXN0LnBraS5nb3Yua3ovY3JsL25jYV9nb3N0MjAyMl9k
            X3Rlc3QuY3JsMB0GA1UdJQQWMBQGCCsGAQUFBwMEBggqgw4DAwQBATAdBgNVHQ4EFgQUj/BiEdyCvrACU/+gAPHehKvvRU8wHwYD
            VR0jBBgwFoAU+tJLG6OgyWH+HKhQPmqiu0UNuKMwFgYGKoMOAwMFBAwwCgYIKoMOAwMFAQEwDgYKKoMOAwoBAQIDAgUAA4GBADTY
            LwuDvii+DiJSmeYNSDeQPWcOHBkwJQzNGZGpLmallncRZhEcsh383rul5gy33HWgRI0IEHakL7/w6DSFz189YxXOozD2PnlnZg2A
            4CeSOqH1bD8S7Ef1clVCXLPWYrvjoThlA4aHgzI51qkatBpgFltU31wrFykfJ97cpWx5MIIF+zCCA+OgAwIBAgIUQnk5ChQfU1Om
            KUe2HtZegXQUZ9EwDQYJKoZIhvcNAQELBQAwLTELMAkGA1UEBhMCS1oxHjAcBgNVBAMMFdKw0JrQniAzLjAgKFJTQSBURVNUKTAe
            Fw0yMTAxMTgxMzA5MTRaFw0yMjAxMTgxMzA5MTRaMHkxHjAcBgNVBAMMFdCi0JXQodCi0J7QkiDQotCV0KHQojEVMBMGA1UEBAwM
            0KLQldCh0KLQntCSMRgwFgYDVQQFEw9JSU4xMjM0NTY3ODkwMTExCzAJBgNVBAYTAktaMRkwFwYDVQQqDBDQotCV0KHQotCe0JLQ
            mNCnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmaK+pHxaV71IlHAB023ZWaN8VSNkAAjmb9t3nci/ewuDlhblLGa/
            707c9yYrien3Oco4jlZ70ObzHtDVzM3I3jFFF7crEPETLYuOgjQbJcH9B51DvzarYeqXpoU8t1gUE9BabPnsq02QUcVbCCnHgvoh
            tpPVXCO86Cb/nOVKaXIl2M4Iyr16gQczCwnz5pyavLYG5cTiDywWB4YRvL0wXpNkURgl8kmUJIW+pm1j1fyvY+5N/obZ04DQ6zpy
            hpf6sxk3/+sqX6eJ11KJ6FNoIlMQasXeBtXtJs8jZY7tmga2jIlgPK4lGy4uQVCpIDkzuioxCPaz8ZA47zCSoiI7LwIDAQABo4IB
            xTCCAcEwDgYDVR0PAQH/BAQDAgbAMB0GA1UdJQQWMBQGCCsGAQUFBwMEBggqgw4DAwQBATAfBgNVHSMEGDAWgBSmjBYzfLjoNWcG
            Pl5BV1WirzRQaDAdBgNVHQ4EFgQU4/41rdo7RcvqOj8e1I8mPcVcVW4wXgYDVR0gBFcwVTBTBgcqgw4DAwIDMEgwIQYIKwYBBQUH
            AgEWFWh0dHA6Ly9wa2kuZ292Lmt6L2NwczAjBggrBgEFBQcCAjAXDBVodHRwOi8vcGtpLmdvdi5rei9jcHMwPAYDVR0fBDUwMzAx
            oC+gLYYraHR0cDovL3Rlc3QucGtpLmdvdi5rei9jcmwvbmNhX3JzYV90ZXN0LmNybDA+BgNVHS4ENzA1MDOgMaAvhi1odHRwOi8v
            dGVzdC5wa2kuZ292Lmt6L2NybC9uY2FfZF9yc2FfdGVzdC5jcmwwcgYIKwYBBQUHAQEEZjBkMDgGCCsGAQUFBzAChixodHRwOi8v
            dGVzdC5wa2kuZ292Lmt6L2NlcnQvbmNhX3JzYV90ZXN0LmNlcjAoBggrBgEFBQcwAYYcaHR0cDovL3Rlc3QucGtpLmdvdi5rei9v
            Y3NwLzANBgkqhkiG9w0BAQsFAAOCAgEAS9tP6okU2l3cpZ73t06DZn/jHI+d9cJOk7xFDEjsX1rRe2HJKsDloOY066sOKou75Zk0
            /qF0ukPyZuPXlX8vzsiPlclelkXpQTEvYV8vTnwLhhJJSFt9dNFWT3YTQDO2fpx1K+Jxu06zHQsB7UsCyFm5efKqJ6RwBw+a+SH9
            T8DrwuPuuVQvt8PKT/9hbK46GsLI4X46KmXSO2JmYVgcKWj5U3rmF3ZAdaMN32qKa96uR2VYPOn75nWvTg+hDaf3RDjxufLTtfXr
            W857i7ngeUER8mlaINV4k09yAhFlSBtUWcDEpGKhkxaJuDBXPYKhkWPuk3I0HOe6XLT5bo9W+hNvKKxjHkEGdKdk0MlKQyiGHSir
            mTsRK58ifkFMO3kSlN1ZvM8oLLtGwkuJgPMgG5o2UX1Gg5Q/dZjwZIQ3buV1CZ5DfceH3kgLPCTCG/ae6S/EY2I1cPhrR8jSdCit
            zK2huq9LYDgwZipAhLnmnIMgYY9ouCELmaG/2n1ZsHKq6s5Aylssrfkb9yowY9G+EFVZ4dVEXO2XSFlGT2RpvutiLrLqK6iajz9i
            YQETd9mLKCo0lcvu7RMqfKqR0v6emTyjt2joM5Grw45ecfruSnHhKSYvgmTKB4KqIxdUA+U763u5x37NXK2NR1cJHLaqTfqcDPMM
            uTK2Fjz7MIs27zQxggOGMIIBpwIBATB1MF0xTjBMBgNVBAMMRdKw0JvQotCi0KvSmiDQmtCj05jQm9CQ0J3QlNCr0KDQo9Co0Ksg
            0J7QoNCi0JDQm9Cr0pogKEdPU1QpIFRFU1QgMjAyMjELMAkGA1UEBhMCS1oCFA/wYhHcgr6wAlP/oADx3oSr70VPMAwGCCqDDgMK
            AQMDBQCggYkwGAYJKoZIhvcNAQkDMQsGCSqGSIb3DQEHATAcBgkqhkiG9w0BCQUxDxcNMjIwOTI3MjExNzU5WjBPBgkqhkiG9w0B
            CQQxQgRA8K/dZvgyuyGch88BNrr1UqD7ZjBvTyoXNibxHhSn7yVS1LIIf9jpT2BE/lWV3GgeAvkrNL+T+9FZCRDjdrEpkDAOBgoq
            gw4DCgEBAgMCBQAEgYCqyGQZXzGS2iD+PskK/LH0rV8WjCdzL/YbjpWHlx+CC67EPYj5gZVdZbgdH0XROv/jFkKw3Ym9FMJyt87w
            S7gc5K3f1CYidnw+NN5oA/G7+IP/MsYLsiNiRjDjo3cq3VmqU4g8kk4/i70NfmaiUWf8LRCr33nFz8tx66vJZG3rcDCCAdcCAQEw
            RTAtMQswCQYDVQQGEwJLWjEeMBwGA1UEAwwV0rDQmtCeIDMuMCAoUlNBIFRFU1QpAhRCeTkKFB9TU6YpR7Ye1l6BdBRn0TANBglg
            hkgBZQMEAgEFAKBpMBgGCSqGSIb3DQEJAzELBgkqhkiG9w0BBwEwHAYJKoZIhvcNAQkFMQ8XDTIyMDkyNzIxMTc1OVowLwYJKoZI
            hvcNAQkEMSIEIOzXGHDRljMWqX46w0CMmDWtjPDzwbxwNSfDAmVTT3WuMA0GCSqGSIb3DQEBCwUABIIBAI1y05W3AuXImBApzvNi
            uTxkWsjUs+oJUgiZefZcVuhifW47Knbj5t6ZRtNB1BOjfXIbta5SAtrfV9Xw07pFLoL1DeFeORHtjTiuKw1gVWsJ8ITjwq9I+D7E
            vJaBvSSn3R4BID00epSK7bvdWu70VJvtQV4gkgO5p8b4DL77glvMANq5fEtB2TYUYep5SQiAmBt8++/XjEkhnf05/RIErwZFsWxG
            dlIf7FPexSFeVX21KH6nEoNswIBHU5mDPkoPH/vNyoQvjXEut3ztWMHLeOCQ+iIPMGMzNF/O+Vvx1A2G/L088HC42VI2AmHpnE/3
            /h7soB7SAPfhs7hjASSPtYI=
            """;

    static final byte[] CMS_CONTENT = "test123".getBytes(StandardCharsets.US_ASCII);

    private NcaSamples() {
    }

    static X509CertificateHolder certificate(String pem) {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            return new X509CertificateHolder(reader.readPemObject().getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CMSSignedData cms() {
        try {
            return new CMSSignedData(Base64.getMimeDecoder().decode(KALKAN_CMS_GOST_2015_512));
        } catch (CMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
