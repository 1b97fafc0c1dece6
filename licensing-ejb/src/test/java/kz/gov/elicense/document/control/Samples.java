package kz.gov.elicense.document.control;

import kz.gov.elicense.document.entity.LicenceDocument;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.document.entity.RefusalDocument;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;

/** Documents and keys the tests share; the keys are made once per run. */
final class Samples {

    static final String BASE = "https://elicense.example.kz/api/v1/licences";
    static final LocalDate ISSUED = LocalDate.of(2026, 5, 14);
    static final LicenceSeal SEAL = new LicenceSeal("KZ26SEC0000001", "150440001011", "SEC", ISSUED);
    static final KeyPair RSA = generate("RSA", 2048);
    static final KeyPair EC = generateEc();

    private Samples() {
    }

    static LicenceDocument licence(String specialConditions) {
        return new LicenceDocument("KZ26SEC0000001", "150440001011", "ТОО «Қорған-Күзет»", "күзет қызметі",
                "охранная деятельность", specialConditions,
                "Астана қаласының Полиция департаменті / Департамент полиции города Астаны", "Әбілқайыров Ғ. Ө.",
                ISSUED, "Астана", "SEC-2026-000001", BASE + "/KZ26SEC0000001");
    }

    static RefusalDocument refusal() {
        return new RefusalDocument("ТОО «Ұлы Дала Күзет»", "160540002025",
                "Астана қаласының Полиция департаменті / Департамент полиции города Астаны",
                LocalDate.of(2026, 5, 4), "SEC-2026-000002",
                "Басшының соттылығы бар (Заңның 9-бабы). / Руководитель имеет судимость (статья 9 Закона).",
                "Бастық / Начальник", "Әбілқайыров Ғалымжан Өмірұлы", LocalDate.of(2026, 5, 14));
    }

    private static KeyPair generate(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generateEc() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
