package kz.gov.elicense.ncalayer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The part of NCALayer's websocket protocol that portals use to sign, answered as NCALayer answers it: a request
 * {@code {"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":[storage, keyType, base64,
 * attached]}} gets {@code {"code":"200","responseObject":"<Base64 CMS>"}}, a failure {@code {"code":"500",
 * "message":"…"}}, and an applicant who declines {@code {"code":"500","message":"action.canceled"}}. On connecting,
 * NCALayer first sends its version ({@code {"result":{"version":…}}}); pages skip that message.
 * <p>
 * Where the real program opens a dialog (choose the key file, type its password) this one uses the demo key it was
 * started with; only file storage ({@code PKCS12}) and signing keys ({@code SIGNATURE}) exist here.
 */
final class NcaLayerProtocol {

    static final String MODULE = "kz.gov.pki.knca.commonUtils";
    static final String VERSION = "1.4-demo";
    static final String CANCELED = "action.canceled";

    private final DemoKey key;
    private final CadesSigner signer;
    private final boolean declining;

    /**
     * @param declining answer every signing request as if the applicant closed the dialog, to show what the page
     *                  does then
     */
    NcaLayerProtocol(DemoKey key, CadesSigner signer, boolean declining) {
        this.key = key;
        this.signer = signer;
        this.declining = declining;
    }

    static String greeting() {
        return Json.createObjectBuilder().add("result", Json.createObjectBuilder().add("version", VERSION))
                .build().toString();
    }

    String answer(String request) {
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(request))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return failure("The request is not a JSON object: " + e.getMessage());
        }
        if (!MODULE.equals(text(message, "module"))) {
            return failure("Unknown module " + text(message, "module") + "; the demo signer has only " + MODULE);
        }
        String method = text(message, "method");
        if ("getActiveTokens".equals(method)) {
            // no hardware tokens here: only key files, which need not be listed
            return Json.createObjectBuilder().add("code", "200").add("responseObject", Json.createArrayBuilder())
                    .build().toString();
        }
        if (!"createCAdESFromBase64".equals(method)) {
            return failure("Unknown method " + method + " of " + MODULE);
        }
        JsonValue argsValue = message.get("args");
        if (!(argsValue instanceof JsonArray args) || args.size() != 4) {
            return failure("createCAdESFromBase64 takes four args: storage, key type, Base64 data, attached");
        }
        String storage = args.get(0) instanceof JsonString s ? s.getString() : null;
        String keyType = args.get(1) instanceof JsonString s ? s.getString() : null;
        String data = args.get(2) instanceof JsonString s ? s.getString() : null;
        JsonValue attached = args.get(3);
        if (!"PKCS12".equals(storage)) {
            return failure("Storage " + storage + " is not available; the demo signer has key files (PKCS12) only");
        }
        if (!"SIGNATURE".equals(keyType) && !"".equals(keyType)) {
            return failure("Key type " + keyType + " is not available; the demo signer holds a SIGNATURE key");
        }
        if (attached != JsonValue.TRUE && attached != JsonValue.FALSE) {
            return failure("The fourth argument (attached) must be true or false");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(data == null ? "" : data);
        } catch (IllegalArgumentException e) {
            return failure("The data to sign is not Base64: " + e.getMessage());
        }
        if (content.length == 0) {
            return failure("There is nothing to sign");
        }
        if (declining) {
            return failure(CANCELED);
        }
        try {
            byte[] cms = signer.sign(content, key, attached == JsonValue.TRUE);
            return Json.createObjectBuilder().add("code", "200")
                    .add("responseObject", Base64.getEncoder().encodeToString(cms)).build().toString();
        } catch (GeneralSecurityException e) {
            return failure(e.getMessage());
        }
    }

    private static String text(JsonObject message, String name) {
        return message.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String failure(String message) {
        return Json.createObjectBuilder().add("code", "500").add("message", message).build().toString();
    }
}
