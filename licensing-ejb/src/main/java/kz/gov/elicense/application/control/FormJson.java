package kz.gov.elicense.application.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.nio.charset.StandardCharsets;

/** Reads signed application forms (UTF-8 JSON) into a procedure's form record; one thread-safe Jsonb for all. */
public final class FormJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private FormJson() {
    }

    /** @throws jakarta.json.bind.JsonbException when the bytes are not such a form */
    public static <F> F read(byte[] form, Class<F> type) {
        return JSONB.fromJson(new String(form, StandardCharsets.UTF_8), type);
    }
}
