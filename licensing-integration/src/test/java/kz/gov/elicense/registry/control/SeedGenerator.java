package kz.gov.elicense.registry.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes {@code simulators/generated/*.json}: several hundred legal entities and individuals with a realistic share of
 * criminal records, administrative penalties, dismissed guards, liquidated organisations and unpaid fees, so that
 * the simulated registries look populated. The random generator has a fixed seed, so a run reproduces the
 * checked-in files byte for byte; the hand-written seeds are never touched and no generated BIN or IIN repeats one
 * of theirs. Every identifier carries a valid check digit.
 * <p>
 * Run from the module folder with the test class path, e.g. after
 * {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) kz.gov.elicense.registry.control.SeedGenerator}.
 */
public final class SeedGenerator {

    static final long SEED = 20261102L;
    static final int ORGANISATIONS = 360;
    static final int EXTRA_GUARDS = 240;

    private static final String[] MALE_FIRST = {"Нурлан", "Ерлан", "Арман", "Данияр", "Бауыржан", "Тимур", "Асхат",
            "Серик", "Канат", "Руслан", "Ержан", "Марат", "Дмитрий", "Алексей", "Сергей", "Олжас", "Самат", "Жандос"};
    private static final String[] FEMALE_FIRST = {"Айгуль", "Дана", "Гульнара", "Сауле", "Асель", "Жанар", "Елена",
            "Мадина", "Алия", "Динара", "Ольга", "Камила"};
    private static final String[] SURNAMES = {"Ахметов", "Омаров", "Касымов", "Нуриев", "Сапаров", "Беков", "Жумабаев",
            "Искаков", "Султанов", "Тлеубаев", "Абдрахманов", "Иванов", "Петров", "Смагулов", "Есенов", "Кенжебаев",
            "Мухамедиев", "Ким", "Байжанов", "Оспанов", "Рахимов", "Садыков"};
    private static final String[] PATRONYMIC_ROOTS = {"Серик", "Марат", "Болат", "Канат", "Ерик", "Асхат", "Нурлан",
            "Ержан", "Петр", "Сергей", "Аскар", "Талгат"};
    private static final String[] NAME_WORDS = {"Қалқан", "Барыс", "Сақшы", "Қорған", "Берік", "Арлан", "Тұмар",
            "Сенім", "Қамқор", "Алтын Қалқан", "Бүркіт", "Айбын", "Сардар", "Күзет", "Страж", "Щит", "Гарант", "Форпост"};
    private static final String[] NAME_TAILS = {"Күзет", "Секьюрити", "Плюс", "Сервис", "Protection", "Guard", "Групп",
            "Қызметі", "Security", "Центр"};
    private static final String[][] CITIES = {
            {"010000", "г. Астана", "район Есиль"}, {"010000", "г. Астана", "район Сарыарка"},
            {"010000", "г. Астана", "район Алматы"}, {"050000", "г. Алматы", "Алмалинский район"},
            {"050040", "г. Алматы", "Бостандыкский район"}, {"050010", "г. Алматы", "Медеуский район"},
            {"100000", "г. Караганда", "район им. Казыбек би"}, {"160000", "г. Шымкент", "Абайский район"},
            {"030000", "г. Актобе", "район Астана"}, {"140000", "г. Павлодар", ""},
            {"090000", "г. Уральск", ""}, {"060000", "г. Атырау", ""}};
    private static final String[] STREETS = {"пр. Абая", "ул. Кенесары", "пр. Республики", "ул. Сейфуллина",
            "пр. Назарбаева", "ул. Толе би", "ул. Жибек жолы", "пр. Туран", "ул. Бейбітшілік", "ул. Айтеке би"};
    private static final String[] CRIMINAL_ARTICLES = {
            "Article 188 part 2 of the Criminal Code of the Republic of Kazakhstan (theft)",
            "Article 190 part 2 of the Criminal Code of the Republic of Kazakhstan (fraud)",
            "Article 293 part 1 of the Criminal Code of the Republic of Kazakhstan (hooliganism)",
            "Article 106 part 1 of the Criminal Code of the Republic of Kazakhstan (intentional infliction of grievous harm)",
            "Article 287 part 1 of the Criminal Code of the Republic of Kazakhstan (illegal acquisition of weapons)"};
    private static final String[] COURTS = {"the Specialised Inter-district Criminal Court of Almaty",
            "the Criminal Court of Astana", "the Inter-district Criminal Court of Karaganda",
            "the Criminal Court No. 2 of Shymkent"};
    private static final String[] INVESTIGATORS = {"the Police Department of Almaty", "the Police Department of Astana",
            "the Anti-Corruption Service of Karaganda region"};
    private static final String[] OFFENCES = {
            "Article 464 part 1 of the Code of Administrative Offences of the Republic of Kazakhstan (violation of the legislation on security activity)",
            "Article 434 of the Code of Administrative Offences of the Republic of Kazakhstan (petty hooliganism)",
            "Article 481 of the Code of Administrative Offences of the Republic of Kazakhstan (violation of the rules on weapons)"};
    private static final String[] DISMISSAL_REASONS = {
            "repeated failure to perform job duties without good reason (Labour Code of the Republic of Kazakhstan, Article 52)",
            "appearing at work in a state of intoxication (Labour Code of the Republic of Kazakhstan, Article 52)",
            "loss of the employer's trust through theft at the guarded site (Labour Code of the Republic of Kazakhstan, Article 52)"};
    private static final String[] POSITIONS = {"guard", "senior guard", "head of the guard shift", "head of the guard post"};

    private final Random random = new Random(SEED);
    private final Set<String> taken;
    private final List<JsonObject> entities = new ArrayList<>();
    private final List<JsonObject> individuals = new ArrayList<>();
    private final List<JsonObject> criminal = new ArrayList<>();
    private final List<JsonObject> offences = new ArrayList<>();
    private final List<JsonObject> dismissed = new ArrayList<>();
    private final List<JsonObject> payments = new ArrayList<>();
    private final List<JsonObject> formal = new ArrayList<>();

    private SeedGenerator(Set<String> curatedIdentifiers) {
        this.taken = new HashSet<>(curatedIdentifiers);
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        Map<String, List<JsonObject>> generated = generate(curatedIdentifiers());
        Path folder = resources.resolve(SimulatorSeed.FOLDER).resolve("generated");
        Files.createDirectories(folder);
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        for (Map.Entry<String, List<JsonObject>> file : generated.entrySet()) {
            JsonArrayBuilder entries = Json.createArrayBuilder();
            file.getValue().forEach(entries::add);
            JsonObject seed = Json.createObjectBuilder()
                    .add("description", "Generated by SeedGenerator (seed " + SEED + ") beside the hand-written "
                            + file.getKey() + "; same fields. Regenerate rather than edit.")
                    .add("entries", entries).build();
            try (Writer out = Files.newBufferedWriter(folder.resolve(file.getKey()), StandardCharsets.UTF_8);
                 JsonWriter writer = writers.createWriter(out)) {
                writer.writeObject(seed);
            }
        }
    }

    /** The generated entries per seed file name, the same on every run. */
    static Map<String, List<JsonObject>> generate(Set<String> curatedIdentifiers) {
        SeedGenerator generator = new SeedGenerator(curatedIdentifiers);
        generator.run();
        return Map.of(
                SimulatedLegalEntityRegistry.SEED, generator.entities,
                SimulatedIndividualRegistry.SEED, generator.individuals,
                SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED, generator.criminal,
                SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED, generator.offences,
                SimulatedDismissedPersonsRegister.SEED, generator.dismissed,
                SimulatedPaymentGateway.SEED, generator.payments,
                SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED, generator.formal);
    }

    /** Every BIN and IIN the hand-written seeds use, which the generator must not reuse. */
    static Set<String> curatedIdentifiers() {
        Set<String> identifiers = new HashSet<>();
        for (String file : List.of(SimulatedLegalEntityRegistry.SEED, SimulatedIndividualRegistry.SEED,
                SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED, SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED,
                SimulatedDismissedPersonsRegister.SEED, SimulatedPaymentGateway.SEED,
                SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED)) {
            SimulatorSeed.fromResource(file).index(entry -> entry, entry -> {
                for (String field : List.of("bin", "iin", "subject", "payer", "headIin")) {
                    if (entry.containsKey(field)) {
                        identifiers.add(entry.getString(field));
                    }
                }
                return entry.toString();
            });
        }
        return identifiers;
    }

    private void run() {
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisation();
        }
        for (int i = 0; i < EXTRA_GUARDS; i++) {
            person(pick(POSITIONS));
        }
    }

    private void organisation() {
        LocalDate registered = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String bin = bin(registered);
        String[] head = person("head");
        String[] city = pick(CITIES);
        String address = city[0] + ", " + city[1] + (city[2].isEmpty() ? "" : ", " + city[2]) + ", " + pick(STREETS)
                + ", д. " + (1 + random.nextInt(180)) + (random.nextBoolean() ? ", офис " + (100 + random.nextInt(400)) : "");
        boolean liquidated = random.nextInt(100) < 3;
        entities.add(Json.createObjectBuilder()
                .add("bin", bin)
                .add("name", "ТОО «" + pick(NAME_WORDS) + " " + pick(NAME_TAILS) + "»")
                .add("registrationDate", registered.toString())
                .add("legalAddress", address)
                .add("headIin", head[0])
                .add("headName", head[1])
                .add("status", liquidated ? "LIQUIDATED" : "ACTIVE")
                .build());
        if (random.nextInt(100) < 75) {
            OffsetDateTime paidAt = OffsetDateTime.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28),
                    9 + random.nextInt(9), random.nextInt(60), random.nextInt(60), 0, ZoneOffset.ofHours(5));
            payments.add(Json.createObjectBuilder()
                    .add("payer", bin)
                    .add("procedure", "SECURITY_ACTIVITY_ISSUE")
                    .add("amountKzt", 43250)
                    .add("paidAt", paidAt.toString())
                    .add("receiptNo", String.format("PGW-%tY%<tm%<td-%07d", paidAt, 1 + random.nextInt(9_999_999)))
                    .build());
        }
        if (random.nextInt(100) < 4) {
            offences.add(offence(bin, "fine of " + (50 + 50 * random.nextInt(4)) + " MCI"));
        }
        if (random.nextInt(100) < 3) {
            formal.add(Json.createObjectBuilder()
                    .add("bin", bin)
                    .add("finding", "a pre-trial investigation under Article 190 of the Criminal Code is registered"
                            + " against the organisation's officials")
                    .add("registeredOn", LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString())
                    .build());
        }
    }

    /** Adds an individual with their findings; returns their IIN and full name. */
    private String[] person(String role) {
        boolean male = random.nextInt(100) < 85;
        LocalDate born = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String iin = iin(born, male);
        String surname = pick(SURNAMES);
        String fullName = (male ? surname : surname + "а") + " " + pick(male ? MALE_FIRST : FEMALE_FIRST) + " "
                + patronymic(male);
        individuals.add(Json.createObjectBuilder()
                .add("iin", iin).add("fullName", fullName).add("birthDate", born.toString()).build());
        if (random.nextInt(100) < 6) {
            boolean convicted = random.nextBoolean();
            criminal.add(Json.createObjectBuilder()
                    .add("iin", iin)
                    .add("kind", convicted ? "UNEXPUNGED_CONVICTION" : "PENDING_PROCEEDINGS")
                    .add("article", pick(CRIMINAL_ARTICLES))
                    .add("recordedOn", LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12),
                            1 + random.nextInt(28)).toString())
                    .add("authority", convicted ? pick(COURTS) : pick(INVESTIGATORS))
                    .build());
        }
        if (random.nextInt(100) < 4) {
            offences.add(offence(iin, "fine of " + (5 + 5 * random.nextInt(6)) + " MCI"
                    + ("head".equals(role) ? " imposed on the head as an official" : "")));
        }
        if (!"head".equals(role) && random.nextInt(100) < 6) {
            dismissed.add(Json.createObjectBuilder()
                    .add("iin", iin)
                    .add("organisation", "ТОО «" + pick(NAME_WORDS) + " " + pick(NAME_TAILS) + "»")
                    .add("position", role)
                    .add("dismissalDate", LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12),
                            1 + random.nextInt(28)).toString())
                    .add("reason", pick(DISMISSAL_REASONS))
                    .build());
        }
        return new String[] {iin, fullName};
    }

    private JsonObject offence(String subject, String penalty) {
        JsonObjectBuilder offence = Json.createObjectBuilder()
                .add("subject", subject)
                .add("article", pick(OFFENCES))
                .add("decidedOn", LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(12),
                        1 + random.nextInt(28)).toString())
                .add("authority", pick(INVESTIGATORS))
                .add("penalty", penalty);
        return offence.build();
    }

    private String patronymic(boolean male) {
        String root = pick(PATRONYMIC_ROOTS);
        return root + (male ? "ович" : "овна");
    }

    /** YYMM of registration, 4 (resident legal entity), 0 (head office), five serial digits, check digit. */
    private String bin(LocalDate registered) {
        while (true) {
            String first = String.format("%02d%02d40%05d", registered.getYear() % 100, registered.getMonthValue(),
                    10_000 + random.nextInt(90_000));
            String bin = withCheckDigit(first);
            if (bin != null && taken.add(bin)) {
                return bin;
            }
        }
    }

    /** YYMMDD of birth, century and sex (3 and 4: 20th century; 5 and 6: 21st), four serial digits, check digit. */
    private String iin(LocalDate born, boolean male) {
        int century = born.getYear() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
        while (true) {
            String first = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), century, 5_000 + random.nextInt(5_000));
            String iin = withCheckDigit(first);
            if (iin != null && taken.add(iin)) {
                return iin;
            }
        }
    }

    /** The official check digit rule; null when these eleven digits admit none. */
    static String withCheckDigit(String eleven) {
        int check = weighted(eleven, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11;
        if (check == 10) {
            check = weighted(eleven, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
        }
        return check == 10 ? null : eleven + check;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
