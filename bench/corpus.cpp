// Deterministic synthetic registries for the benchmark (see corpus.h).
//
// The text imitates foundation and company directories: project names, working-group areas in
// English and a few other languages (accents, CJK), people from many countries, companies,
// topics, descriptions made of template sentences, mailing lists, chat channels and meetings.
#include "corpus.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string_view>

namespace wgf::bench {

namespace {

// splitmix64: tiny, fast and the same everywhere.
class Rng {
public:
    explicit Rng(uint64_t seed) : s_(seed) {}
    uint64_t next() {
        uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n ? static_cast<size_t>((next() >> 11) % n) : 0; }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, size_t N>
    const T& pick(const T (&a)[N]) { return a[below(N)]; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    uint64_t s_;
};

const char* kAreas[] = {
    "Networking", "Security", "Observability", "Release Engineering", "Documentation", "Storage",
    "Scheduling", "Autoscaling", "Multicluster", "Policy", "API Machinery", "CLI", "Instrumentation",
    "Testing", "Contributor Experience", "Data Protection", "Edge Computing", "WebAssembly",
    "Service Mesh", "Telemetry", "Ingress", "Identity", "Windows Support", "Node Lifecycle", "Apps",
    "Architecture", "Performance", "Usability", "Localization", "Accessibility", "Supply Chain",
    "Compliance", "Governance", "Infrastructure", "Community", "Marketing", "Events", "Mentoring",
    "Benchmarking", "Cost Optimization", "Serverless", "Eventing", "Streaming", "Machine Learning",
    "Data Pipelines", "GPU Scheduling", "Batch Processing", "Cluster Lifecycle", "Upgrades",
    "Packaging", "Installation", "Extensions", "Plugins", "Gateway API", "Traffic Management",
    "Load Balancing", "Certificates", "Secrets Management", "Logging", "Metrics", "Tracing",
    "Profiling", "Dashboards", "Alerting", "Chaos Engineering", "Disaster Recovery", "Backup",
    "Federation", "Internet of Things", "Embedded Systems", "Mobile", "Browser Runtime", "Frontend",
    "Design System", "Developer Tools", "Java SDK", "Python SDK", "Go SDK", "Rust SDK",
    "JavaScript SDK", "DotNet SDK", "Semantic Conventions", "Specification", "Protocol",
    "Collector", "Operator Framework", "Helm Charts", "Continuous Integration",
    "Continuous Delivery", "GitOps", "Code Review", "Issue Triage", "Fuzzing",
    "Vulnerability Management", "Threat Modeling", "Authentication", "Authorization", "Auditing",
    "Privacy", "Encryption", "Key Management", "Sustainability", "Energy Efficiency", "Research",
    "Standards", "Interoperability", "Migration", "Long Term Support", "Education", "Training",
    "Certification", "Website", "Translation", "End Users", "Vendor Neutrality", "Diversity",
    "Inclusion", "Licensing", "Legal", "Finance", "Outreach", "Ambassadors", "Meetups",
    "Hardware Acceleration", "Virtualization", "Containers Runtime", "Image Registry",
    "Artifact Signing", "Provenance", "Reproducible Builds", "Quality Assurance", "Conformance",
};

// Localised areas: accents and scripts without spaces.
const char* kLocalAreas[] = {
    "Sécurité", "Réseau", "Documentación", "Übersetzung", "Qualität", "Überwachung",
    "Intégration Continue", "Localização", "Observabilité", "Gestión de Eventos", "Comunidad Hispana",
    "Équipe Française", "Deutschsprachige Gemeinschaft", "Çeviri Ekibi", "Tłumaczenia",
    "Zusammenarbeit", "Accessibilité", "Développeurs", "Região Brasil", "Ελληνική Κοινότητα",
    "中文文档", "数据平台", "安全小组", "网络工作组", "云原生社区", "可观测性",
    "日本語ドキュメント", "ローカライゼーション", "コミュニティ運営", "品質保証",
    "한국어 번역", "보안 그룹", "커뮤니티 운영",
};

const char* kFirstNames[] = {
    "José", "Zoë", "Søren", "Björn", "Łukasz", "François", "Ana", "María", "Jürgen", "Renée",
    "Chloé", "Noémie", "Çağla", "Dóra", "Åsa", "Mikuláš", "Ştefan", "Nuño", "Sven", "Anna",
    "Priya", "Wei", "Hiroshi", "Minjun", "Olusegun", "Chiamaka", "Aleksandr", "Ekaterina",
    "Giulia", "Matteo", "Sofía", "Andrés", "Joël", "Maëlle", "Håkon", "Ingrid", "Ruairí", "Siobhán",
    "Zuzana", "Tomáš", "Gökhan", "Ayşe", "Nguyễn", "Thảo", "Rahul", "Ananya", "Fatima", "Omar",
    "Youssef", "Leila", "Kwame", "Ama", "Diego", "Camila", "Lucas", "Beatriz", "John", "Mary",
    "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Christopher", "Nancy", "Daniel", "Lisa", "Mark", "Sandra", "Paul", "Ashley", "Steven",
    "Kimberly", "Andrew", "Emily", "Kenneth", "Donna", "Joshua", "Michelle", "Kevin", "Carol",
    "Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah", "Liang", "Mei", "Jun", "Yuki",
    "Haruto", "Sakura", "Jiho", "Seoyeon", "Arjun", "Divya", "Mateusz", "Agnieszka", "Pieter",
    "Saskia", "Lars", "Freya", "Mikko", "Aino", "Eitan", "Noa", "Tariq", "Zainab", "Ivan", "Olga",
};

const char* kLastNames[] = {
    "Müller", "García", "Nováková", "Øyen", "Kowalski", "Dubois", "Şahin", "Nguyễn", "O'Brien",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Rodríguez", "Martínez",
    "Hernández", "López", "González", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
    "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Flores",
    "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    "Hofmann", "Hartmann", "Lange", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Dupont",
    "Lambert", "Fontaine", "Rousseau", "Vincent", "Rossi", "Russo", "Ferrari", "Esposito",
    "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Nowak", "Wiśniewski", "Wójcik",
    "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen",
    "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jönsson", "Yılmaz", "Kaya", "Demir", "Çelik", "Yıldız", "Öztürk",
    "Aydın", "Özdemir", "Arslan", "Doğan", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov",
    "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Yamamoto", "Nakamura", "Kobayashi",
    "Katō", "Yoshida", "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
    "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Chopra",
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Haddad", "Khalil", "Nasser", "Cohen", "Levi",
};

// Whole names written in CJK scripts, without a space.
const char* kCjkNames[] = {
    "王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴昊",
    "田中太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "渡辺健", "김민준", "이서연", "박지훈", "최유진",
};

const char* kCompanies[] = {
    "Google", "Red Hat", "Microsoft", "IBM", "VMware", "Huawei", "Tetrate", "Solo.io", "Intel",
    "Cisco", "Amazon", "Apple", "Alibaba", "Tencent", "ByteDance", "Baidu", "SAP", "Oracle",
    "Salesforce", "Adobe", "Netflix", "Uber", "Lyft", "Airbnb", "Spotify", "Shopify", "Stripe",
    "Datadog", "Dynatrace", "New Relic", "Splunk", "Elastic", "Grafana Labs", "HashiCorp",
    "GitLab", "GitHub", "Docker", "SUSE", "Canonical", "Mirantis", "Rancher", "DigitalOcean",
    "Cloudflare", "Fastly", "Akamai", "Nutanix", "NetApp", "Dell", "HPE", "Lenovo", "Samsung",
    "LG", "Sony", "Fujitsu", "NEC", "Hitachi", "NTT", "Rakuten", "LINE", "Kakao", "Naver",
    "Infosys", "Wipro", "TCS", "Accenture", "Deloitte", "Capgemini", "Atos", "Thoughtworks",
    "Isovalent", "Buoyant", "Kong", "Ambassador Labs", "Sysdig", "Aqua Security", "Snyk",
    "Chainguard", "Lightbend", "Confluent", "Databricks", "Snowflake", "MongoDB", "Redis",
    "Cockroach Labs", "PingCAP", "Yugabyte", "Timescale", "InfluxData", "Chronosphere",
    "Honeycomb", "Lightstep", "Sentry", "PagerDuty", "Atlassian", "JetBrains", "Mozilla",
    "Wikimedia", "Independent", "Université de Montréal", "Technische Universität München",
    "Universidad de Chile", "Sorbonne Université", "ETH Zürich", "清华大学", "株式会社サイバーエージェント",
};

const char* kTopics[] = {
    "mTLS", "Gateway API", "eBPF", "sidecar", "ambient mesh", "Wasm plugins", "Envoy", "OTLP",
    "Prometheus", "Grafana", "OpenTelemetry", "SBOM", "SLSA", "Sigstore", "cosign", "OCI images",
    "Helm", "Kustomize", "CRDs", "admission webhooks", "RBAC", "OIDC", "SPIFFE", "multi-tenancy",
    "quotas", "horizontal autoscaling", "vertical autoscaling", "Karpenter", "GPUs",
    "dynamic resource allocation", "batch jobs", "cron jobs", "CSI drivers", "volume snapshots",
    "backups", "IPv6", "dual stack", "DNS", "service discovery", "load balancing", "rate limiting",
    "circuit breaking", "retries", "timeouts", "TLS certificates", "certificate rotation",
    "secrets", "Vault", "KMS", "FIPS", "audit logs", "compliance reports", "CVE triage",
    "fuzzing", "end-to-end tests", "conformance tests", "flaky tests", "CI infrastructure",
    "release notes", "changelog", "docs website", "tutorials", "translations", "i18n",
    "accessibility", "mentorship", "onboarding", "good first issues", "contributor ladder",
    "code of conduct", "elections", "charter", "roadmap", "KEPs", "design proposals",
    "benchmarks", "latency", "throughput", "memory usage", "startup time", "profiling",
    "distributed tracing", "sampling", "metrics pipeline", "log aggregation", "alert rules",
    "SLOs", "error budgets", "incident response", "postmortems", "chaos experiments",
    "disaster recovery", "multi-region", "federation", "edge nodes", "IoT devices", "ARM64",
    "RISC-V", "Windows containers", "Linux kernel", "cgroups v2", "seccomp", "AppArmor",
    "SELinux", "rootless containers", "image pulls", "registry mirrors", "lazy loading",
    "WebAssembly runtimes", "WASI", "serverless functions", "event sources", "Kafka", "NATS",
    "gRPC", "GraphQL", "REST APIs", "OpenAPI", "protobuf", "schema evolution", "SDK releases",
    "semantic conventions", "auto-instrumentation", "Java agent", "Python packaging", "Go modules",
    "Rust crates", "npm packages", "NuGet", "Maven Central", "supply chain security",
    "vulnerability disclosure", "bug bounty", "threat model", "zero trust", "workload identity",
    "policy engine", "OPA", "Kyverno", "admission control", "cost allocation", "FinOps",
    "carbon footprint", "energy metrics", "GPU sharing", "model serving", "inference",
    "training jobs", "feature store", "data lineage", "stream processing", "exactly-once delivery",
    "服务网格", "可观测性", "云原生", "クラウドネイティブ", "コンテナ", "보안 감사",
};

const char* kKinds[] = {"working-group", "working-group", "working-group", "working-group", "sig", "sig",
                        "sig", "committee", "team", "team", "subproject", "user-group"};

const char* kZones[] = {"America/Los_Angeles", "America/New_York", "Europe/Berlin", "Europe/London",
                        "Europe/Paris", "Asia/Shanghai", "Asia/Tokyo", "Asia/Kolkata", "UTC",
                        "Australia/Sydney", "America/Sao_Paulo", "Asia/Seoul"};
const char* kDayCodes[] = {"MO", "TU", "WE", "TH", "FR"};
const char* kDayNames[] = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays"};

const char* kSentences[] = {
    "Meetings are recorded and the notes are shared on the mailing list.",
    "We maintain the reference implementation and its conformance tests.",
    "New contributors are welcome; look for issues labelled good first issue.",
    "Decisions are made by lazy consensus on the mailing list.",
    "The group reports to the technical oversight committee every quarter.",
    "Our roadmap is reviewed at the start of each release cycle.",
    "We work closely with downstream distributions and end users.",
    "Design proposals are discussed in the meeting before they are merged.",
    "The charter describes the scope, the roles and how leads are chosen.",
    "We publish a monthly update on the project blog.",
    "Most of the work happens asynchronously in pull requests and issues.",
    "Office hours are open to anyone who wants help getting started.",
    "The group was formed to consolidate efforts that were spread across several repositories.",
    "We keep a list of known limitations and planned improvements in the repository.",
    "Vendors and end users share operational experience in an open forum.",
};

const char* kLocalSentences[] = {
    "Le groupe coordonne la traduction de la documentation et des guides de démarrage.",
    "Nous nous réunissons toutes les deux semaines pour réviser les contributions.",
    "El grupo coordina la documentación en español y la revisión de traducciones.",
    "Die Gruppe kümmert sich um die Übersetzung der Dokumentation ins Deutsche.",
    "Wir treffen uns wöchentlich und freuen uns über neue Mitwirkende.",
    "O grupo cuida da localização para o português do Brasil.",
    "本小组负责中文文档的翻译与维护，并组织社区活动。",
    "我们定期讨论数据平台的架构设计与发布计划。",
    "日本語ドキュメントの翻訳とレビューを行うグループです。",
    "한국어 문서 번역과 커뮤니티 행사를 담당합니다。",
};

const char* kSyllables[] = {"ka", "ve", "ra", "lo", "mi", "ne", "to", "su", "ri", "pa", "do", "ze",
                            "ku", "ba", "li", "mo", "ta", "ni", "so", "fe", "gu", "ha", "jo", "ro",
                            "vi", "xa", "yo", "qu", "de", "si", "an", "el", "or", "is", "ul", "en"};

std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string syllableWord(Rng& rng, size_t syllables) {
    std::string w;
    for (size_t i = 0; i < syllables; ++i) w += rng.pick(kSyllables);
    return w;
}

std::string asciiSlug(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
        else if (!out.empty() && out.back() != '-') out.push_back('-');
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string lowerAscii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Latin letters without their accents, as a visitor types them (the label of the "accent" queries).
std::string stripAccents(const std::string& s) {
    static const std::pair<const char*, const char*> kMap[] = {
        {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"É", "E"}, {"á", "a"}, {"à", "a"}, {"â", "a"},
        {"ä", "a"}, {"å", "a"}, {"Å", "A"}, {"ã", "a"}, {"ą", "a"}, {"í", "i"}, {"ï", "i"}, {"ı", "i"},
        {"ó", "o"}, {"ö", "o"}, {"ô", "o"}, {"ø", "o"}, {"Ø", "O"}, {"ú", "u"}, {"ü", "u"}, {"Ü", "U"},
        {"ñ", "n"}, {"ń", "n"}, {"ç", "c"}, {"Ç", "C"}, {"ć", "c"}, {"č", "c"}, {"ş", "s"}, {"Ş", "S"},
        {"ś", "s"}, {"š", "s"}, {"ł", "l"}, {"Ł", "L"}, {"ż", "z"}, {"ź", "z"}, {"ğ", "g"}, {"ț", "t"},
        {"ễ", "e"}, {"ả", "a"}, {"ō", "o"}, {"ū", "u"}, {"ý", "y"}, {"ě", "e"}, {"ř", "r"}, {"ă", "a"},
    };
    std::string out;
    for (size_t i = 0; i < s.size();) {
        bool done = false;
        for (const auto& [from, to] : kMap) {
            size_t n = std::char_traits<char>::length(from);
            if (s.compare(i, n, from) == 0) {
                out += to;
                i += n;
                done = true;
                break;
            }
        }
        if (!done) out.push_back(s[i++]);
    }
    return out;
}

bool isAscii(const std::string& s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// A typo a person makes: swap, drop, double or replace one letter (not the first).
std::string misspell(Rng& rng, const std::string& word) {
    std::string w = word;
    if (w.size() < 4 || !isAscii(w)) return w;
    size_t i = 1 + rng.below(w.size() - 2);
    switch (rng.below(4)) {
        case 0: std::swap(w[i], w[i + 1]); break;
        case 1: w.erase(i, 1); break;
        case 2: w.insert(i, 1, w[i]); break;
        default: {  // another letter (integer arithmetic only: the same on 32- and 64-bit)
            int letter = (w[i] >= 'a' && w[i] <= 'z') ? w[i] - 'a' : 0;
            w[i] = static_cast<char>('a' + (letter + 1 + static_cast<int>(rng.below(24))) % 26);
            break;
        }
    }
    return w == word ? word.substr(0, i) + word.substr(i + 1) : w;
}

}  // namespace

Corpus generateCorpus(size_t groupCount, uint64_t seed) {
    Rng rng(seed);
    Corpus corpus;
    Registry& reg = corpus.registry;
    reg.title = "Synthetic directory (" + std::to_string(groupCount) + " groups)";
    reg.about = "Generated for the wgfinder benchmark.";
    reg.updated = "2025-01-15";

    // Projects: about one per 25 groups, pronounceable and unique.
    size_t projectCount = groupCount / 25 + 8;
    std::vector<std::string> projects;
    std::set<std::string> seen;
    while (projects.size() < projectCount) {
        std::string p = capitalize(syllableWord(rng, 2 + rng.below(2)));
        if (seen.insert(p).second) projects.push_back(p);
    }
    std::vector<std::string> surnames(std::begin(kLastNames), std::end(kLastNames));
    for (size_t i = 0; i < groupCount / 10 + 50; ++i) surnames.push_back(capitalize(syllableWord(rng, 2 + rng.below(2))));

    std::set<std::string> names, ids;
    reg.groups.reserve(groupCount);
    for (size_t gi = 0; gi < groupCount; ++gi) {
        Group g;
        const std::string& project = rng.pick(projects);
        bool local = rng.chance(6);
        std::string area = local ? rng.pick(kLocalAreas) : rng.pick(kAreas);
        g.kind = rng.pick(kKinds);
        std::string suffix = g.kind == "working-group" ? (rng.chance(50) ? " Working Group" : " WG")
                             : g.kind == "committee"   ? " Committee"
                             : g.kind == "team"        ? " Team"
                             : g.kind == "user-group"  ? " User Group"
                                                       : "";
        std::string name = g.kind == "sig" ? project + " SIG " + area : project + " " + area + suffix;
        for (int attempt = 0; names.count(name); ++attempt)  // unique names, as registries have
            name = project + " " + area + " " + std::to_string(attempt + 2) + suffix;
        names.insert(name);
        g.name = name;
        std::string id = asciiSlug(project + "-" + (isAscii(area) ? area : "l10n") + "-" + g.kind);
        std::string base = id;
        for (int k = 2; ids.count(id); ++k) id = base + "-" + std::to_string(k);
        ids.insert(id);
        g.id = id;
        if (rng.chance(5)) g.status = "archived";

        // Topics.
        size_t topicCount = 1 + rng.below(5);
        std::set<std::string> topics;
        while (topics.size() < topicCount) topics.insert(rng.pick(kTopics));
        g.topics.assign(topics.begin(), topics.end());

        // Leads.
        size_t leadCount = rng.chance(8) ? 0 : 1 + rng.below(3);
        for (size_t l = 0; l < leadCount; ++l) {
            Person p;
            if (rng.chance(8)) {
                p.name = rng.pick(kCjkNames);
                p.github = syllableWord(rng, 3);  // two statements: operand order is unspecified
                p.github += std::to_string(rng.below(100));
            } else {
                std::string first = rng.pick(kFirstNames);
                std::string last = rng.pick(surnames);
                p.name = first + " " + last;
                p.github = asciiSlug(lowerAscii(stripAccents(first.substr(0, 1) + last)));
                if (p.github.empty() || rng.chance(30)) p.github += std::to_string(rng.below(1000));
            }
            p.company = rng.chance(85) ? rng.pick(kCompanies) : project + " Labs";
            p.role = l == 0 ? "chair" : (rng.chance(50) ? "tech-lead" : "lead");
            g.leads.push_back(std::move(p));
        }

        // Description: a sentence naming the group's work, then one to three general ones.
        std::string t0 = g.topics[0], t1 = rng.pick(kTopics), t2 = rng.pick(kTopics);
        std::string areaLower = isAscii(area) ? lowerAscii(area) : area;
        switch (rng.below(4)) {
            case 0:
                g.description = "The " + name + " owns " + t0 + " and " + t1 + " for " + project +
                                ", and coordinates with the " + lowerAscii(rng.pick(kAreas)) + " group on " + t2 + ".";
                break;
            case 1:
                g.description = project + "'s " + areaLower + " group is where contributors discuss " + t0 + ", " +
                                t1 + " and " + t2 + ".";
                break;
            case 2:
                g.description = "Focused on improving " + t0 + " across " + project + " releases, including " + t1 +
                                ", documentation and test coverage for " + t2 + ".";
                break;
            default:
                g.description = "Home of " + project + " " + areaLower + ": " + t0 + ", " + t1 + ".";
                break;
        }
        for (size_t s = 0, k = 1 + rng.below(3); s < k; ++s) g.description += std::string(" ") + rng.pick(kSentences);
        if (local) g.description += std::string(" ") + rng.pick(kLocalSentences);

        // Contacts.
        std::string slug = asciiSlug(project + "-" + (isAscii(area) ? area : "l10n"));
        if (rng.chance(85)) {
            Contact c;
            c.kind = "mailing-list";
            c.label = slug + "@";
            c.url = rng.chance(60) ? "https://groups.google.com/g/" + slug : "mailto:" + slug + "@lists." + lowerAscii(project) + ".io";
            g.contacts.push_back(std::move(c));
        }
        if (rng.chance(70)) {
            Contact c;
            c.kind = rng.chance(80) ? "slack" : "discord";
            c.label = "#" + asciiSlug(isAscii(area) ? area : "l10n");
            c.url = "https://" + lowerAscii(project) + (c.kind == "slack" ? ".slack.com/archives/" : ".discord.gg/") + slug;
            g.contacts.push_back(std::move(c));
        }

        // Meetings.
        size_t meetingCount = rng.chance(15) ? 0 : 1 + (rng.chance(20) ? 1 : 0);
        for (size_t m = 0; m < meetingCount; ++m) {
            Meeting mt;
            size_t day = rng.below(5);
            int hour = 6 + static_cast<int>(rng.below(12));
            mt.time = (hour < 10 ? "0" : "") + std::to_string(hour) + ":" + (rng.chance(50) ? "00" : "30");
            mt.tz = rng.pick(kZones);
            mt.durationMinutes = rng.chance(70) ? 60 : 30;
            size_t cadence = rng.below(10);
            if (cadence < 5) {
                mt.rrule = std::string("FREQ=WEEKLY;BYDAY=") + kDayCodes[day];
                mt.schedule = std::string(kDayNames[day]) + " at " + mt.time + " " + mt.tz + " (weekly)";
            } else if (cadence < 8) {
                mt.rrule = std::string("FREQ=WEEKLY;INTERVAL=2;BYDAY=") + kDayCodes[day];
                mt.schedule = std::string("Every other ") + std::string(kDayNames[day]).substr(0, std::string(kDayNames[day]).size() - 1) +
                              " at " + mt.time + " " + mt.tz;
            } else {
                mt.rrule = std::string("FREQ=MONTHLY;BYDAY=1") + kDayCodes[day];
                mt.schedule = std::string("First ") + std::string(kDayNames[day]).substr(0, std::string(kDayNames[day]).size() - 1) +
                              " of the month at " + mt.time + " " + mt.tz;
            }
            mt.title = m == 0 ? "Regular meeting" : "Office hours";
            mt.url = "https://zoom.us/j/" + std::to_string(100000000 + rng.below(900000000));
            g.meetings.push_back(std::move(mt));
        }
        reg.groups.push_back(std::move(g));
    }

    // ---- queries: labelled ones first (their final text has one intended group)
    auto& q = corpus.queries;
    auto groupAt = [&](size_t i) -> const Group& { return reg.groups[i]; };
    auto typedName = [&](const Group& g) {
        // What a visitor types for a name: lower case, without the kind suffix.
        std::string n = g.name;
        for (const char* s : {" Working Group", " WG", " Committee", " Team", " User Group"})
            if (n.size() > std::char_traits<char>::length(s) && n.compare(n.size() - std::char_traits<char>::length(s), std::string::npos, s) == 0)
                n.resize(n.size() - std::char_traits<char>::length(s));
        return isAscii(n) ? lowerAscii(n) : n;
    };
    auto splitWords = [](const std::string& s) {
        std::vector<std::string> w;
        size_t p = 0;
        while (p < s.size()) {
            size_t e = s.find(' ', p);
            if (e == std::string::npos) e = s.size();
            if (e > p) w.push_back(s.substr(p, e - p));
            p = e + 1;
        }
        return w;
    };
    auto join = [](const std::vector<std::string>& w) {
        std::string s;
        for (const auto& x : w) s += (s.empty() ? "" : " ") + x;
        return s;
    };
    const size_t n = reg.groups.size();
    for (int i = 0; i < 8; ++i) {  // full names
        const Group& g = groupAt(rng.below(n));
        std::string t = typedName(g);
        q.push_back({t, t, "name", g.id});
    }
    for (int i = 0; i < 8;) {  // misspelled names
        const Group& g = groupAt(rng.below(n));
        if (!isAscii(g.name)) continue;
        auto w = splitWords(typedName(g));
        size_t k = 0;
        for (size_t j = 1; j < w.size(); ++j)
            if (w[j].size() > w[k].size()) k = j;
        if (w[k].size() < 5) continue;
        w[k] = misspell(rng, w[k]);
        std::string t = join(w);
        q.push_back({t, t, "typo", g.id});
        ++i;
    }
    for (int i = 0; i < 8;) {  // prefixes: the project, then the start of the area
        const Group& g = groupAt(rng.below(n));
        auto w = splitWords(typedName(g));
        if (w.size() < 2 || !isAscii(g.name)) continue;
        size_t last = w.size() - 1;
        if (w[last].size() < 5) continue;
        w[last] = w[last].substr(0, 3 + rng.below(w[last].size() - 4));
        std::string t = join(w);
        q.push_back({t, t, "prefix", g.id});
        ++i;
    }
    for (int i = 0, tries = 0; i < 8 && tries < 100000; ++tries) {  // accents folded: a lead's name
        const Group& g = groupAt(rng.below(n));
        if (g.leads.empty()) continue;
        const Person& p = g.leads[0];
        if (isAscii(p.name) || stripAccents(p.name) == p.name || !isAscii(stripAccents(p.name))) continue;
        std::string t = lowerAscii(stripAccents(p.name)) + " " + lowerAscii(splitWords(typedName(g))[0]);
        q.push_back({t, t, "accent", g.id});
        ++i;
    }
    // Unlabelled: what else visitors type.
    for (int i = 0; i < 3; ++i) {
        const Group& g = groupAt(rng.below(n));
        if (g.leads.empty() || !isAscii(g.leads[0].name)) { --i; continue; }
        std::string first = lowerAscii(splitWords(g.leads[0].name)[0]);
        std::string company = lowerAscii(splitWords(g.leads[0].company)[0]);
        q.push_back({"lead:" + first + " company:" + company, first + " " + company, "fielded", ""});
    }
    for (std::string t : {std::string("gateway api"), std::string("certificate rotation"), std::string("ebpf"),
                          std::string("supply chain security"), lowerAscii(projects[0]),
                          lowerAscii(projects[1]) + " security", std::string("observability tracing"),
                          std::string("ipv6 dual stack")})
        q.push_back({t, t, "topic", ""});
    for (const char* t : {"数据", "安全", "ドキュメント", "커뮤니티"}) q.push_back({t, t, "cjk", ""});
    for (const char* t : {"xqzvbt", "qwpfkj zzv", "blorptang", "zzyzx"}) q.push_back({t, t, "nohit", ""});
    // A lead's full name, as typed: who the visitor knows, looking for that person's group. Only
    // people who lead exactly one group (the answer is that group), drawn last so that the
    // queries above stay the same. Scored on the top result, not typed keystroke by keystroke.
    std::map<std::string, size_t> leadGroups;  // lower-cased full name -> groups led
    for (const auto& g : reg.groups)
        for (const auto& p : g.leads) ++leadGroups[lowerAscii(p.name)];
    for (size_t i = 0, tries = 0; i < kPersonQueries && n > 0 && tries < 100000; ++tries) {
        const Group& g = groupAt(rng.below(n));
        if (g.leads.empty()) continue;
        const Person& p = g.leads[rng.below(g.leads.size())];
        std::string t = lowerAscii(p.name);
        if (!isAscii(stripAccents(p.name)) || splitWords(t).size() < 2 || leadGroups[t] != 1) continue;
        q.push_back({t, t, "person", g.id});
        ++i;
    }
    return corpus;
}

std::vector<std::string> keystrokes(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 1; i <= text.size(); ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // mid-character
        out.push_back(text.substr(0, i));
    }
    return out;
}

size_t codePoints(const std::string& text) {
    size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string registryJson(const Registry& reg) {
    using nlohmann::ordered_json;
    ordered_json j;
    j["version"] = reg.version;
    j["title"] = reg.title;
    j["about"] = reg.about;
    j["updated"] = reg.updated;
    auto groups = ordered_json::array();
    for (const auto& g : reg.groups) {
        ordered_json o;
        o["id"] = g.id;
        o["name"] = g.name;
        o["kind"] = g.kind;
        if (!g.status.empty()) o["status"] = g.status;
        o["description"] = g.description;
        o["topics"] = g.topics;
        auto leads = ordered_json::array();
        for (const auto& p : g.leads)
            leads.push_back({{"name", p.name}, {"company", p.company}, {"github", p.github}, {"role", p.role}});
        o["leads"] = std::move(leads);
        auto contacts = ordered_json::array();
        for (const auto& c : g.contacts) contacts.push_back({{"kind", c.kind}, {"label", c.label}, {"url", c.url}});
        o["contacts"] = std::move(contacts);
        auto meetings = ordered_json::array();
        for (const auto& m : g.meetings)
            meetings.push_back({{"title", m.title}, {"schedule", m.schedule}, {"rrule", m.rrule}, {"time", m.time},
                                {"tz", m.tz}, {"durationMinutes", m.durationMinutes}, {"url", m.url}});
        o["meetings"] = std::move(meetings);
        groups.push_back(std::move(o));
    }
    j["groups"] = std::move(groups);
    return j.dump();
}

std::string queriesJson(const std::vector<TypedQuery>& queries) {
    nlohmann::ordered_json j;
    auto list = nlohmann::ordered_json::array();
    for (const auto& q : queries)
        list.push_back({{"text", q.text}, {"plain", q.plain}, {"category", q.category}, {"intended", q.intended}});
    j["queries"] = std::move(list);
    return j.dump(1);
}

}  // namespace wgf::bench
