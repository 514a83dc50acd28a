package dev.readout.bench;

import dev.readout.article.Article;
import dev.readout.article.ExtractionState;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.article.Mention;
import dev.readout.ingest.ArticleText;
import dev.readout.participant.NameKeys;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import dev.readout.participant.Role;
import dev.readout.statement.Statement;
import dev.readout.statement.StatementChannel;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * A synthetic store with the shape of real data, written straight into MongoDB through the service's own records, for
 * benchmarks at sizes no hand-annotated corpus reaches.
 * <p>
 * Shape, and why:
 * <ul>
 * <li>{@value #PARTICIPANTS} participants (people mostly, some states and organisations), each with a country and a
 * role: the population of a news desk's diplomatic beat over five years.</li>
 * <li>Who takes part in a call is drawn from a Zipf law (exponent {@value #ZIPF}) over a shuffled participant order, so
 * call counts are heavy-tailed: a foreign minister or two are in several percent of all calls, most people in a
 * handful. 85 % of calls have two participants, 15 % three.</li>
 * <li>Dates are uniform over the five years before {@link #LAST_DAY}; calls are written in date order, so that the
 * articles reporting them cover a few days each, as a day's news does.</li>
 * <li>Each call has one to three mentions (50/30/20 %), each in a different article; an article reports about three
 * calls. Every mention's offsets point at its sentence in the stored article text, as extraction's do.</li>
 * <li>Two calls in five have a statement by one of their people, mentioned in the call's first article.</li>
 * <li>Articles carry the running extractor's version and status OK, so start-up does not re-extract them.</li>
 * </ul>
 * The same size and seed give the same store. Only the four public collections are written: the evidence collections
 * the resolver keeps for merging (call and statement reports, sightings) stay empty, so the store is for reading.
 */
public final class SyntheticCorpus {

    public static final int PARTICIPANTS = 3_000;
    static final double ZIPF = 0.9;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    static final int DAYS = 5 * 365;
    /** Marker of what was generated, so that a store of the same size, seed and extractor version can be reused. */
    public static final String MARKER = "benchCorpus";
    private static final int BATCH = 2_000;
    private static final int OPEN_ARTICLES = 24;

    /** What was written. */
    public record Summary(long calls, long participants, long articles, long statements, double seconds) {
    }

    private SyntheticCorpus() {
    }

    /** The marker document a store generated with these arguments carries. */
    public static org.bson.Document marker(long calls, long seed) {
        return new org.bson.Document("_id", "spec").append("calls", calls).append("seed", seed)
                .append("participants", PARTICIPANTS).append("extractorVersion", ReadoutExtractor.VERSION);
    }

    /** True when the store already holds exactly what {@link #generate} would write with these arguments. */
    public static boolean holds(MongoTemplate mongo, long calls, long seed) {
        org.bson.Document found = mongo.getCollection(MARKER).find().first();
        return found != null && marker(calls, seed).entrySet().stream()
                .allMatch(e -> e.getValue().equals(found.get(e.getKey())))
                && mongo.getCollection(Call.COLLECTION).estimatedDocumentCount() == calls;
    }

    /**
     * Writes {@code calls} calls, their participants, articles and statements into an EMPTY store.
     *
     * @param progress told the number of calls written so far, after every batch
     */
    public static Summary generate(MongoTemplate mongo, long calls, long seed, LongConsumer progress) {
        for (String c : List.of(Article.COLLECTION, Participant.COLLECTION, Call.COLLECTION, Statement.COLLECTION)) {
            if (mongo.getCollection(c).estimatedDocumentCount() > 0) {
                throw new IllegalStateException("The store already holds " + c + "; generate into an empty store");
            }
        }
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<Participant> people = participants(new Random(seed));
        mongo.insert(people, Participant.class);
        Zipf zipf = new Zipf(people.size(), ZIPF, new Random(seed + 1));

        // dates first, sorted, so that consecutive calls (and the articles they share) are days apart, not years
        int[] days = new int[Math.toIntExact(calls)];
        for (int i = 0; i < days.length; i++) {
            days[i] = random.nextInt(DAYS);
        }
        Arrays.sort(days);

        Writer writer = new Writer(mongo, random);
        for (int i = 0; i < days.length; i++) {
            LocalDate date = LAST_DAY.minusDays(DAYS - 1 - days[i]);
            int size = random.nextInt(100) < 85 ? 2 : 3;
            Set<Integer> picked = new LinkedHashSet<>();
            while (picked.size() < size) {
                picked.add(zipf.next());
            }
            List<Participant> in = picked.stream().map(people::get).toList();
            writer.call(in, date);
            if ((i + 1) % BATCH == 0) {
                writer.flush(false);
                progress.accept(i + 1L);
            }
        }
        writer.flush(true);
        progress.accept(calls);
        double seconds = (System.nanoTime() - started) / 1e9;
        // what it took is kept with the marker, so a benchmark that reuses the store can still report it
        mongo.getCollection(MARKER).insertOne(marker(calls, seed).append("seconds", seconds));
        return new Summary(calls, people.size(), writer.articles, writer.statementCount, seconds);
    }

    /** Accumulates calls, statements and articles and writes them in batches. */
    private static final class Writer {
        private final MongoTemplate mongo;
        private final SplittableRandom random;
        private final List<Call> calls = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();
        private final List<Article> finished = new ArrayList<>();
        private final List<Draft> open = new ArrayList<>();
        long articles;
        long statementCount;
        long callCount;

        Writer(MongoTemplate mongo, SplittableRandom random) {
            this.mongo = mongo;
            this.random = random;
        }

        void call(List<Participant> in, LocalDate date) {
            String callId = id(1, ++callCount);
            int mentionCount = pick(50, 30, 20) + 1;
            CallMedium medium = switch (pick(60, 25, 12, 3)) {
                case 0 -> CallMedium.PHONE;
                case 1 -> CallMedium.IN_PERSON;
                case 2 -> CallMedium.VIDEO;
                default -> CallMedium.UNKNOWN;
            };
            CallStatus status = switch (pick(90, 5, 5)) {
                case 0 -> CallStatus.HELD;
                case 1 -> CallStatus.ATTEMPTED;
                default -> CallStatus.PLANNED;
            };
            String dateText = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String sentence = sentence(in, medium, status, dateText);

            List<Mention> mentions = new ArrayList<>();
            List<Draft> used = new ArrayList<>();
            for (int m = 0; m < mentionCount; m++) {
                Draft article = openArticle(date, used);
                used.add(article);
                mentions.add(article.append(sentence));
            }
            List<String> ids = in.stream().map(Participant::id).sorted().toList();
            calls.add(new Call(callId, ids, String.join(",", ids), date, DatePrecision.DAY, dateText, medium, status,
                    mentions, null));

            if (random.nextInt(5) < 2) {
                Participant speaker = in.get(random.nextInt(in.size()));
                String text = quote();
                Draft article = used.get(0);
                String said = speaker.name() + " said: \"" + text + "\"";
                Mention where = article.append(said);
                int start = where.start() + speaker.name().length() + 8;
                statements.add(new Statement(id(3, statementCount + 1), text, NameKeys.fold(text), speaker.id(),
                        speaker.id(), speaker.name(), StatementChannel.STATEMENT, date,
                        List.of(new Mention(article.id, null, start, start + text.length())), callId));
                statementCount++;
            }
            for (Draft d : used) {
                if (d.sentences >= 3) {
                    open.remove(d);
                    finished.add(d.article());
                }
            }
        }

        /** An open article not yet used for this call: a new one while fewer than {@value #OPEN_ARTICLES} are open. */
        private Draft openArticle(LocalDate date, List<Draft> used) {
            List<Draft> candidates = open.stream().filter(d -> !used.contains(d)).toList();
            if (open.size() < OPEN_ARTICLES || candidates.isEmpty()) {
                Draft d = new Draft(date, ++articles);
                open.add(d);
                return d;
            }
            return candidates.get(random.nextInt(candidates.size()));
        }

        void flush(boolean last) {
            if (last) {
                open.forEach(d -> finished.add(d.article()));
                open.clear();
            }
            // articles first: a reader never finds a mention whose article is not there yet
            if (!finished.isEmpty()) {
                mongo.insert(new ArrayList<>(finished), Article.class);
                finished.clear();
            }
            if (!calls.isEmpty()) {
                mongo.insert(new ArrayList<>(calls), Call.class);
                calls.clear();
            }
            if (!statements.isEmpty()) {
                mongo.insert(new ArrayList<>(statements), Statement.class);
                statements.clear();
            }
        }

        /** An index drawn with the given percentage weights. */
        private int pick(int... weights) {
            int r = random.nextInt(Arrays.stream(weights).sum());
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private String sentence(List<Participant> in, CallMedium medium, CallStatus status, String day) {
            String first = describe(in.get(0));
            String others = String.join(" and ", in.subList(1, in.size()).stream().map(Writer::describe).toList());
            String verb = switch (medium) {
                case PHONE -> "spoke by phone with";
                case IN_PERSON -> "met";
                case VIDEO -> "held a video call with";
                case UNKNOWN -> "held talks with";
            };
            return switch (status) {
                case HELD -> first + " " + verb + " " + others + " on " + day + ".";
                case ATTEMPTED -> first + " tried to reach " + others + " on " + day + " but the call did not happen.";
                case PLANNED -> first + " is expected to hold talks with " + others + " on " + day + ".";
            };
        }

        private static String describe(Participant p) {
            return p.roles().isEmpty() ? p.name() : p.roles().get(0).title() + " " + p.name();
        }

        private String quote() {
            return WORDS_A[random.nextInt(WORDS_A.length)] + " " + WORDS_B[random.nextInt(WORDS_B.length)]
                    + " on " + TOPICS[random.nextInt(TOPICS.length)] + ", and we agreed to meet again "
                    + WHEN[random.nextInt(WHEN.length)] + " (ref " + Long.toString(random.nextLong() & 0xffffff, 36)
                    + ").";
        }
    }

    /**
     * Ids as the service makes them (ObjectId hex), but counted, so that the same size and seed give the same store:
     * {@code kind} sets the timestamp part apart for participants (0), calls (1), articles (2) and statements (3).
     */
    static String id(int kind, long n) {
        return new ObjectId(new java.util.Date(1_600_000_000_000L + kind * 100_000_000_000L + (n >> 24) * 1000L),
                (int) (n & 0xffffff)).toHexString();
    }

    /** An article being written: its text grows a sentence per mention. */
    private static final class Draft {
        final String id;
        final LocalDate published;
        final long number;
        final StringBuilder text = new StringBuilder();
        int sentences;

        Draft(LocalDate date, long number) {
            this.id = id(2, number);
            this.published = date.plusDays(1);
            this.number = number;
            text.append("Synthetic report ").append(number).append(", ").append(published).append(".\n\n");
        }

        Mention append(String sentence) {
            int start = text.length();
            text.append(sentence).append(' ');
            sentences++;
            return new Mention(id, sentence, start, start + sentence.length());
        }

        Article article() {
            String stored = text.toString().stripTrailing();
            String hash = ArticleText.of(stored, published).contentHash();
            return new Article(id, "https://example.org/synthetic/" + number, "Synthetic report " + number,
                    "Synthetic Wire", published, stored, hash, Instant.parse("2026-07-01T00:00:00Z"),
                    new ExtractionState(ExtractionState.Status.OK, ReadoutExtractor.VERSION, null, 0L));
        }
    }

    /** Participants: mostly people with a title and a country, one in twenty a state, one in forty an organisation. */
    static List<Participant> participants(Random random) {
        List<String> names = new ArrayList<>();
        for (String f : FIRST) {
            for (String l : LAST) {
                names.add(f + " " + l);
            }
        }
        Collections.shuffle(names, random);
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; out.size() < PARTICIPANTS; i++) {
            String[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String id = id(0, i + 1L);
            ParticipantKind kind;
            String name;
            List<Role> roles;
            int r = random.nextInt(40);
            if (r < 2 && seen.add("c:" + country[1])) {
                kind = ParticipantKind.COUNTRY;
                name = country[1];
                roles = List.of();
            } else if (r == 2 && seen.add("o:" + ORGANIZATIONS[i % ORGANIZATIONS.length])) {
                kind = ParticipantKind.ORGANIZATION;
                name = ORGANIZATIONS[i % ORGANIZATIONS.length];
                roles = List.of();
                country = new String[]{null, null};
            } else {
                kind = ParticipantKind.PERSON;
                name = names.get(i % names.size());
                if (!seen.add("p:" + name)) {
                    continue;
                }
                String title = TITLES[random.nextInt(TITLES.length)];
                roles = List.of(new Role(title, null, country[0], LAST_DAY.minusDays(DAYS), LAST_DAY));
            }
            String key = NameKeys.fold(name);
            out.add(new Participant(id, name, List.of(), kind, country[0], roles, List.of(key), "participant:" + id,
                    key));
        }
        return out;
    }

    /** Draws 0..n-1 with probability proportional to 1/(rank+1)^s, ranks being a fixed shuffle of the indexes. */
    static final class Zipf {
        private final double[] cumulative;
        private final int[] order;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            List<Integer> shuffled = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                shuffled.add(i);
            }
            Collections.shuffle(shuffled, random);
            order = shuffled.stream().mapToInt(Integer::intValue).toArray();
        }

        int next() {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            return order[i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1)];
        }
    }

    private static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Giorgia", "Hakan",
            "Ines", "Jamal", "Kenji", "Leila", "Mateo", "Nadia", "Olaf", "Priya", "Quentin", "Rania", "Sergei", "Tomas",
            "Ursula", "Viktor", "Wang", "Ximena", "Yusuf", "Zofia", "Ahmed", "Beatriz", "Chen", "Dalia", "Emre",
            "Fatima", "Gustavo", "Hiroshi", "Irina", "Javier", "Katarzyna", "Luis", "Mariam", "Nikolai", "Oksana",
            "Pedro", "Rustam", "Sofia", "Tariq", "Uma", "Vera", "Walid", "Yasmin", "Zoran", "Amir", "Bianca",
            "Cyril", "Dina", "Erik", "Fiona", "Gabriel", "Hana", "Ivan", "Julia"};
    private static final String[] LAST = {"Abe", "Barros", "Castillo", "Dimitrov", "Eriksen", "Fischer", "Gallo",
            "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Mendes", "Novak", "Okafor", "Petrov", "Quispe",
            "Rahman", "Santos", "Tanaka", "Usmanov", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Almeida", "Bauer",
            "Chowdhury", "Dubois", "Esposito", "Fernandes", "Garcia", "Horvat", "Ibrahim", "Jovanovic", "Kim",
            "Lopez", "Moreau", "Nakamura", "Olsen", "Popescu", "Rossi", "Schmidt", "Takahashi", "Ulrich", "Volkov",
            "Wagner", "Yamamoto", "Zielinski", "Aziz", "Bianchi", "Costa", "Demir", "Eze", "Fujita", "Gomez",
            "Hansen", "Iqbal", "Janssen", "Khan", "Larsen", "Mensah", "Nguyen", "Orlov", "Park", "Reyes", "Sato",
            "Torres", "Urban", "Vasquez", "Walsh", "Yadav", "Zuniga", "Amini", "Borg", "Cruz", "Diallo", "Ekström",
            "Farouk"};
    private static final String[][] COUNTRIES = {{"US", "United States"}, {"RU", "Russia"}, {"CN", "China"},
            {"FR", "France"}, {"DE", "Germany"}, {"GB", "United Kingdom"}, {"UA", "Ukraine"}, {"TR", "Turkey"},
            {"IN", "India"}, {"JP", "Japan"}, {"BR", "Brazil"}, {"SA", "Saudi Arabia"}, {"IR", "Iran"},
            {"IL", "Israel"}, {"EG", "Egypt"}, {"QA", "Qatar"}, {"AE", "United Arab Emirates"}, {"PL", "Poland"},
            {"IT", "Italy"}, {"ES", "Spain"}, {"KR", "South Korea"}, {"ZA", "South Africa"}, {"NG", "Nigeria"},
            {"MX", "Mexico"}, {"CA", "Canada"}, {"AU", "Australia"}, {"PK", "Pakistan"}, {"ID", "Indonesia"},
            {"KZ", "Kazakhstan"}, {"HU", "Hungary"}, {"GR", "Greece"}, {"SE", "Sweden"}, {"NO", "Norway"},
            {"FI", "Finland"}, {"JO", "Jordan"}, {"AR", "Argentina"}, {"VN", "Vietnam"}, {"ET", "Ethiopia"},
            {"KE", "Kenya"}, {"MA", "Morocco"}};
    private static final String[] TITLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister",
            "National Security Adviser", "Deputy Foreign Minister", "Ambassador", "Special Envoy", "Chancellor",
            "Secretary of State", "Finance Minister", "Vice President"};
    private static final String[] ORGANIZATIONS = {"United Nations", "NATO", "European Commission",
            "African Union", "International Atomic Energy Agency", "World Health Organization", "OSCE", "ASEAN"};
    private static final String[] WORDS_A = {"We had a frank exchange", "It was a useful conversation",
            "We discussed the situation in detail", "We spoke at length", "We had a constructive discussion"};
    private static final String[] WORDS_B = {"about the way forward", "about our shared concerns",
            "about the next steps", "about the negotiations", "about regional security"};
    private static final String[] TOPICS = {"energy security", "the ceasefire talks", "grain exports",
            "the nuclear file", "trade and investment", "humanitarian corridors", "the prisoner exchange",
            "climate finance", "maritime security", "the peace plan"};
    private static final String[] WHEN = {"soon", "next week", "next month", "before the summit", "in the autumn"};
}
