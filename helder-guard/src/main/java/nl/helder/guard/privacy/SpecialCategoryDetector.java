package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.text.WordTable;

import java.util.HashMap;
import java.util.Map;

/**
 * Special categories of personal data (GDPR Art. 9) by Dutch and English vocabulary: health, religion,
 * sexual orientation, political opinion, trade-union membership and criminal records. Words match whole,
 * or as the start of a Dutch compound ("kankerbehandeling"); two-word phrases match as written. Vocabulary
 * that also names products of a shop ("blind" for a window blind, "halal") is left out on purpose.
 */
final class SpecialCategoryDetector {

    /** The category whose membership nouns do not make a sentence about someone (see {@link #emit}). */
    private static final String TRADE_UNION = "trade-union membership";
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> PREFIXES = new HashMap<>();
    private static final Map<String, String> PHRASES = new HashMap<>();
    private static final int MIN_PREFIX = 5;
    /** Last parts of Dutch and German compounds that name a condition: "borstkanker", "Brustkrebs", "spierziekte". */
    private static final String[] HEALTH_SUFFIXES = {"kanker", "krebs", "ziekte", "stoornis", "dialyse", "operatie", "infarct",
            "erkrankung", "störung", "allergie", "prothese", "prothesen"};
    /**
     * Conditions known by an abbreviation that is also a common word ("als", "ms"): only in capitals after "have", before
     * "heb"/"hat"/"erkrankt", or after "suffers from" ({@link #SUFFERS}).
     */
    private static final WordTable<Boolean> CAPITAL_ABBREVIATIONS = WordTable.of(java.util.Set.of("als", "ms", "copd", "hiv", "nah", "cva"));
    private static final WordTable<Boolean> HAVE = WordTable.of(java.util.Set.of("heeft", "heb", "hebben", "has", "have", "had", "hat",
            "habe", "haben", "a", "ai", "met", "with", "mit", "avec", "door", "wegen", "because", "à cause de",
            // "an ALS erkrankt" (the participle after it), round fifteen
            "erkrankt"));
    /**
     * The medicines most prescribed in the four countries, by generic and best-known name (not "lithium", a battery; not
     * paracetamol or ibuprofen, bought by anyone): taking one tells a condition, so one counts only after a verb of taking
     * or a possessive ("ik gebruik metformine", "my dad takes warfarin", "mijn herhaalrecept"), never in a question about
     * the medicine itself ("vergoeden jullie Ozempic?", "de prednisolon voor mijn hond"). Round fifteen of issue 14.
     */
    private static final WordTable<Boolean> MEDICINES = WordTable.of(java.util.Set.of((
            "metformine metformin omeprazol omeprazole pantoprazol pantoprazole simvastatine simvastatin "
            + "atorvastatine atorvastatin levothyroxine levothyroxin thyrax euthyrox salbutamol ventolin "
            + "amlodipine amlodipin metoprolol bisoprolol lisinopril losartan furosemide furosemid acenocoumarol "
            + "sintrom marcoumar warfarine warfarin apixaban rivaroxaban xarelto eliquis clopidogrel novorapid lantus "
            + "sertraline sertralin citalopram escitalopram fluoxetine fluoxetin paroxetine venlafaxine mirtazapine "
            + "oxazepam diazepam temazepam lorazepam quetiapine quetiapin olanzapine risperidon risperidone "
            + "methotrexaat methotrexate methotrexat prednisolon prednisolone prednison prednisone tramadol "
            + "oxycodon oxycodone morfine morphine morphin fentanyl pregabaline pregabalin gabapentine gabapentin "
            + "levodopa ozempic semaglutide herhaalrecept herhaalrecepten herhaalmedicatie folgerezept "
            // round nineteen: the blood-pressure and heart medicines most prescribed
            + "ramipril enalapril perindopril valsartan candesartan irbesartan hydrochloorthiazide hydrochlorothiazide "
            + "hydrochlorothiazid atenolol propranolol nebivolol carvedilol spironolacton spironolactone "
            + "rosuvastatine rosuvastatin pravastatine pravastatin ezetimibe bètablokkers betablokkers bètablokker betablokker "
            + "betablocker bêtabloquants bêtabloquant").split(" ")));
    private static final WordTable<Boolean> TAKING = WordTable.of(java.util.Set.of("gebruik", "gebruikt", "gebruiken", "neem",
            "neemt", "slik", "slikt", "krijg", "krijgt", "take", "takes", "taking", "took", "on", "nehme", "nimmt", "nehmen",
            "bekomme", "bekommt", "prends", "prend", "prenons", "sous", "mijn", "zijn", "haar", "my", "his", "her", "mein",
            "meine", "meinen", "sein", "seine", "seinen", "ihr", "ihre", "ihren", "mon", "ma", "mes", "son", "sa", "ses"));

    /** "lijdt aan MS", "leidet an ALS": "aan" and "an" only after a verb of suffering ("deelnemen aan MS Teams" is none). */
    private static final WordTable<Boolean> SUFFERS = WordTable.of(java.util.Set.of("lijdt", "lijd", "lijden", "leed", "leidet",
            "leide", "leiden", "litt", "souffre", "suffers", "suffering"));
    private static final WordTable<Boolean> AT = WordTable.of(java.util.Set.of("aan", "an", "de", "from"));

    static {
        category("health",
                "words: ziek zieke ziekte ziektes ziekenhuis kanker tumor chemo chemotherapie diabetes suikerziekte astma "
                        + "epilepsie hartaanval hartinfarct beroerte dementie alzheimer parkinson depressie depressief burn-out burnout "
                        + "angststoornis psychose adhd autisme autistisch zwanger zwangerschap miskraam operatie geopereerd medicijnen "
                        + "medicatie huisarts psychiater psycholoog therapie gehandicapt handicap rolstoel doof slechtziend slechthorend "
                        + "hiv aids soa verslaafd verslaving afkickkliniek covid ziekenhuisopname "
                        + "sick illness hospital hospitalised hospitalized cancer chemotherapy diabetic asthma epilepsy stroke dementia "
                        + "depression depressed anxiety ptsd autism autistic pregnant pregnancy miscarriage surgery medication "
                        + "disability wheelchair deaf addiction addicted rehab psychiatrist therapist "
                        // Situations rather than diagnoses: treatments, equipment and care people depend on.
                        + "dialyse dialysis nierdialyse thuisdialyse zuurstof zuurstofapparaat beademing thuisbeademing cpap slaapapneu "
                        + "apnoea apnea oxygen ivf ggz schizofrenie schizophrenia bipolair bipolar arbeidsongeschikt "
                        + "spierziekte hersenletsel herseninfarct hartoperatie bestraling chemokuur "
                        + "transplantatie transplant insuline insulin prothese amputatie blindengeleidehond doof doven "
                        // German
                        + "krank kranke krankheit krankenhaus klinik krebs chemotherapie diabetiker schwanger schwangerschaft "
                        + "rollstuhl behinderung behindert schwerbehindert dialyse sauerstoff herzinfarkt schlaganfall demenz "
                        + "epilepsie gehörlos taub depressionen psychiatrie psychotherapie süchtig reha "
                        // French
                        + "malade maladie hôpital hospitalisé hospitalisée cancer chimio chimiothérapie diabète diabétique "
                        + "dépression déprimé enceinte grossesse handicapé handicapée handicap oxygène sclérose avc infarctus "
                        + "épilepsie démence sourd sourde alzheimer dialysé dialysée myopathie "
                        // Aids and conditions told in passing, in four languages.
                        + "hoortoestel gehoorapparaat slechthorende pacemaker stoma insulinepomp rollator scootmobiel "
                        + "overspannen psychisch psychische eetstoornis anorexia boulimia suïcidaal zelfmoordgedachten "
                        + "hearing-aid wheelchair-user pacemaker insulin-pump dyslexia dyslexie mobility-scooter paralysed "
                        + "hörgerät pflegestufe gehbehindert pflegebedürftig pflegegrad querschnittsgelähmt "
                        + "appareil-auditif malentendant malvoyant paralysé paralysée invalidité "
                        // Told as a situation or an aid rather than a diagnosis (issue 14, round two).
                        + "hoortoestellen gehoorapparaten traplift trapliften treppenlift monte-escalier verpleeghuis verzorgingshuis "
                        + "pflegeheim ehpad bettlägerig bedlegerig grabataire schwerhörig malvoyante malentendante aveugle aveugles "
                        + "épileptique epileptisch epileptic epileptiker psychologue psychiatre psychologe psychiater ptss ptbs "
                        + "allergisch allergic allergique allergie allergy allergies hernia hernie bandscheibenvorfall wia wao wajong "
                        + "rolstoelgebruiker rolstoelafhankelijk dialysepatiënt dialysepatient chemotherapy mantelzorg mantelzorger "
                        + "zwangerschapsverlof migraine parkinson ms-patiënt long-covid "
                        + "genetisch genetische genetic erfelijk erfelijke erbkrankheit brca brca1 brca2 génétique "
                        // Issue 14, round four: conditions and aids told as a situation, in four languages.
                        + "dwarslaesie paraplegic paraplégique paraplégie tetraplegic tétraplégique querschnittslähmung querschnittsgelähmt "
                        + "seropositief séropositif séropositive hiv-positief hiv-positive hiv-positiv nierfalen hartfalen "
                        + "niereninsuffizienz herzinsuffizienz knieprothese heupprothese kunstknie kunstheup prothèse "
                        + "sehbehindert sehbehinderung blindheid blindness cécité malvoyance slechtziendheid "
                        // Chronic conditions, treatments and aids named in passing (issue 14, round four).
                        + "reuma reumatoïde artritis arthritis rheuma arthrose artrose fibromyalgie crohn colitis coeliakie "
                        + "zöliakie coeliac celiac cœliaque lupus leukemie leukemia leukämie leucémie lymfoom lymphoma lymphom "
                        + "hepatitis tuberculose tuberculosis tuberkulose methadon methadone antidepressiva antidepressants "
                        + "antidépresseurs bloedverdunners anticoagulants blutverdünner alcoholist alcoholic alkoholiker "
                        + "alcoolique paniekaanvallen panikattacken angstklachten angststörung gebarentaal gebärdensprache "
                        + "mucoviscidose mukoviszidose cystic-fibrosis hartfalen nierziekte nierpatiënt darmkanker longkanker "
                        + "postnatale postpartum bevalling bevallen accouchement entbindung vruchtbaarheidsbehandeling "
                        + "kinderwunschbehandlung krukken crutches krücken béquilles gips tumeur downsyndrom essstörung "
                        // Issue 14, round seven: treatments, medication and aids of chronic conditions, in four languages.
                        // (not "puffer", "teststrips", "commotion", "verlamd": jackets, heating tanks, pools, traffic)
                        + "methylfenidaat methylphenidate methylphenidat méthylphénidate ritalin concerta inhalator inhaler inhalateur "
                        + "inhalatoren inhalers glucosesensor "
                        // (not the therapies customers ask their insurer about in general: "is fysiotherapie vergoed?")
                        + "hospice hospiz palliatief palliatieve palliative palliativ palliatifs "
                        + "appendicitis appendicite blindedarmontsteking blinddarmentzündung blindedarmoperatie "
                        + "gelähmt lähmung paralyzed paralysis paralysie asthmatique astmatisch asthmatisch asthmatic astmapatiënt "
                        + "kaakchirurg vih sida hiv-behandeling aidsremmers diabeet diabetespatiënt "
                        + "diabetes-patient chemokuren bestralingen radiotherapie radiotherapy strahlentherapie radiothérapie "
                        + "hersentumor hirntumor gehirnerschütterung hersenschudding concussion "
                        // Issue 14, round eleven: conditions, injuries and aids told in everyday words.
                        + "dement demente dément démente prosthetic prosthesis beinprothese armprothese herzschrittmacher "
                        + "stimulateur adhs tdah whiplash schleudertrauma eczeem eczema ekzem eczéma neurodermitis "
                        + "knieoperatie knieoperation heupoperatie hüftoperation rugoperatie knie-op hüft-op "
                        // Issue 14, round fifteen: illnesses, examinations and therapies of one person, in four languages
                        // (still not "fysiotherapie": customers ask their insurer about it in general)
                        + "longontsteking pneumonia pneumonie lungenentzündung asthme logopedie logopédie orthophonie "
                        + "orthophoniste logopädie sprachtherapie dementerend dementerende darmonderzoek coloscopie colonoscopy "
                        + "darmspiegelung koloskopie rééducation pflegebett insulinepen insulinepennen "
                        // Issue 14, round nineteen: pain and conditions of teeth and gums, blood pressure, in four
                        // languages; not the treatments customers ask their insurer about in general (root canal, implants,
                        // braces, wisdom teeth, caries), which an independent review found flagged in general questions
                        + "kiespijn tandpijn toothache zahnschmerzen zahnweh tandartsangst zahnarztangst tandvleesontsteking "
                        + "parodontitis parodontose zahnfleischentzündung kaakontsteking tandabces zahnabszess hypertensie "
                        + "hypertension hypertonie bluthochdruck "
                        // Issue 14, round twenty-three: the illnesses of children and travellers told of one person, in four
                        // languages ("Leonie hat eine Bindehautentzündung"); fever and flu only with a verb of having (phrases
                        // below: "Is griep een reden …", "World Cup fever" are no one's), not "malaria" ("malaria-gebied")
                        + "koortsstuip koortsstuipen waterpokken mazelen roodvonk buikgriep oorontsteking "
                        + "oogontsteking bindvliesontsteking blaasontsteking hersenvliesontsteking geleidehond "
                        + "chickenpox measles conjunctivitis immunocompromised immunosuppressed dengue "
                        + "windpocken masern scharlach mittelohrentzündung bindehautentzündung blasenentzündung "
                        + "krampfanfall blindenhund immungeschwächt psychotherapy psychothérapie "
                        + "varicelle rougeole scarlatine otite conjonctivite gastro-entérite cystite convulsions "
                        + "immunodéprimé immunodéprimée",
                "prefixes: kanker diabet depress zwanger chemo psychiat dementie epilep autis verslav dialys zuurstof "
                        + "schizo krebs behinder rollstuhl schwanger hospitalis handicap rolstoel gehandicapt hoortoestel",
                "phrases: heart attack|mental health|chronic illness|terminally ill|ernstig ziek|chronisch ziek|terminaal ziek"
                        + "|was opgenomen|ben opgenomen|werd opgenomen|hearing aid|insulin pump|mobility scooter|ben blind|am blind|bin blind|suis aveugle|ben doof|in remissie"
                        + "|in remission|herseninfarct gehad|mentally ill|psychisch krank|burn out|sleep apnoea|sleep apnea"
                        + "|appareil auditif|beschermd wonen|begeleid wonen|assisted living|betreutes wohnen"
                        + "|home dialysis|sous oxygène|fauteuil roulant|sclérose en plaques|multiple sclerose|multiple sclerosis"
                        + "|multiple sklerose|under treatment|herstellende van"
                        + "|psychische problemen|mental illness|maladie chronique|chronisch krank|is blind|ist blind|est aveugle|zijn blind"
                        + "|in de wia|in der reha|en invalidité|mental health care|in therapie|in therapy|en thérapie"
                        + "|visuele beperking|visual impairment|visually impaired|déficience visuelle|lichamelijke beperking"
                        + "|physical disability|körperliche behinderung|verstandelijke beperking|learning disability|geistige behinderung"
                        + "|spinal cord injury|hiv positive|hiv positief|hiv positiv|kidney failure|renal failure|heart failure"
                        + "|insuffisance rénale|insuffisance cardiaque|künstliches kniegelenk|künstliches hüftgelenk|künstliche hüfte"
                        + "|knee replacement|hip replacement|nieuwe heup|nieuwe knie|prothèse de hanche|prothèse du genou"
                        + "|in verwachting|expecting twins|expecting a baby|attend des jumeaux|attend un bébé"
                        + "|erwartet zwillinge|erwartet ein kind|in anderen umständen|zwanger van"
                        + "|sign language|langue des signes|panic attacks|crises d'angoisse|blood thinners|broken hip|gebroken heup"
                        + "|gebroken been|broken leg|hüfte gebrochen|bein gebrochen|jambe cassée|col du fémur|eating disorder"
                        + "|trouble alimentaire|multiple sclerosis|sclérose en plaques|ziekte van crohn|morbus crohn"
                        + "|maladie de crohn|crohn's disease|down syndrome|syndroom van down|trisomie 21"
                        + "|opération du genou|prosthetic leg|artificial leg"
                        + "|speech therapy|speech therapist|broken wrist|pols gebroken|handgelenk gebrochen|poignet cassé"
                        + "|broken arm|arm gebroken|arm gebrochen|bras cassé|repeat prescription|renouvellement d'ordonnance"
                        + "|bloedend tandvlees|bloedende tandvlees|ontstoken tandvlees|tandvlees bloedt|bleeding gums"
                        + "|gums are bleeding|zahnfleisch blutet|gencives qui saignent|dental anxiety|dental phobia|peur du dentiste"
                        + "|mal aux dents|rage de dents|broken tooth|cracked tooth|cracked a tooth|cracked a molar|chipped tooth"
                        + "|tooth broke|afgebroken tand|afgebroken kies|afgebroken voortand|abgebrochener zahn|zahn abgebrochen"
                        + "|dent cassée|ontstoken kies|ontstoken tand|kies laten trekken|kies getrokken|tand getrokken"
                        + "|zahn gezogen|backenzahn gezogen|tooth pulled|tooth extracted|dent arrachée|hoge bloeddruk"
                        + "|high blood pressure|fais de la tension|ai de la tension|tension trop élevée|dikke wang|swollen cheek"
                        + "|geschwollene wange|joue gonflée"
                        // round twenty-three
                        + "|has the flu|have the flu|got the flu|had the flu|stomach bug|stomach flu|ear infection|eye infection"
                        + "|kidney transplant|heart surgery|guide dog|chien guide|chien d'aveugle"
                        + "|opération du cœur|opération du coeur|crise d'épilepsie|epileptische aanval|had a seizure|has seizures|have seizures"
                        + "|heeft koorts|heb koorts|hebben koorts|had koorts|heeft griep|heb griep|had griep|ligt met griep|met koorts"
                        + "|has a fever|had a fever|has fever|running a fever|a de la fièvre|avait de la fièvre|a la grippe|a une gastro"
                        + "|hat fieber|hatte fieber|hat grippe|hat die grippe|hatte grippe|une gastro|la gastro"
                        + "|psychotherapeutische behandeling|psychotherapeutischer behandlung|psychotherapeutische behandlung");
        category("religion",
                "words: moslim moslima islam islamitisch christen christelijk katholiek protestant protestants joods jood hindoe boeddhist "
                        + "ramadan moskee synagoge gelovig atheïst atheist muslim catholic jewish hindu buddhist mosque "
                        + "synagogue religion religious muslime muslimisch jüdisch katholisch evangelisch gläubig "
                        + "musulman musulmane musulmans musulmanes juif juive juifs catholique protestante pratiquant pratiquants "
                        + "pratiquante mormoon mormon hindoeïstisch kerkelijk imam dominee predikant pastoor rabbijn rabbi "
                        + "sikh bekeerd koran quran bijbelkring jüdin juden hindoeïst muslimin chrétien chrétienne chrétiens",
                "prefixes: islamit musulman",
                "phrases: mijn geloof|my faith|my religion|naar de kerk|naar de moskee|to church|in die kirche|à la mosquée|à l'église"
                        // round twenty-three: food rules kept and feasts kept, not the words alone ("is it kosher to cancel?",
                        // "zijn jullie open met het Suikerfeest?")
                        + "|keep kosher|keeps kosher|eat kosher|eats kosher|kosher meal|kosher meals|koosjer eten|eet koosjer"
                        + "|eten koosjer|koosjer houden|koosjere maaltijd|koosjere maaltijden|koscher essen|koscheres essen"
                        + "|mange casher|mangeons casher|repas casher|i.v.m. het suikerfeest|vanwege het suikerfeest"
                        + "|wegens het suikerfeest|het suikerfeest vieren|vieren het suikerfeest|i.v.m. het offerfeest"
                        + "|vanwege het offerfeest|vieren het offerfeest|i.v.m. pesach|vanwege pesach|vieren pesach"
                        + "|zuckerfest feiern|feiern das zuckerfest|wegen des zuckerfests|celebrate eid|celebrating eid"
                        + "|celebrate passover|celebrating passover|celebrate hanukkah|celebrate diwali|vieren chanoeka"
                        + "|pour l'aïd|fêter l'aïd|fêtons l'aïd"
                        + "|mon église|meine kirche|my church|mijn kerk|zeugen jehovas|jehovah's witness|jehova's getuige|jehovah getuige"
                        + "|témoin de jéhovah|témoins de jéhovah|gläubiger jude|als jude|bin jude|orthodox jewish|orthodoxe jood"
                        + "|juif pratiquant|juive pratiquante|praktizierender jude|als moslim|als muslim|als christen");
        category("sexual orientation",
                "words: homo homoseksueel homoseksuele lesbisch lesbienne biseksueel transgender queer lhbti lhbtiq lgbt lgbtq "
                        + "gay lesbian bisexual homosexual homostel lesbostel schwul schwule homosexuell homosexuel homosexuelle "
                        + "lesbienne bisexuel lesbiennes lesbians lesben lesbische lesbisches homopaar lesbenpaar gays bisexuelle "
                        + "bisexuelle biseksuele",
                "prefixes: homoseks homosex",
                "phrases: mijn vriend en ik zijn homo|coming out|same-sex couple|same-sex partner|same sex couple|gleichgeschlechtliches paar"
                        + "|gleichgeschlechtliche partnerin|gleichgeschlechtlicher partner|couple de même sexe|couple homosexuel"
                        + "|twee mannen en getrouwd|twee vrouwen en getrouwd|2 mannen en getrouwd|2 vrouwen en getrouwd");
        category("political opinion",
                // not "denk" here (DENK is also "I think": "heb ik ingesteld als Bobbie123 denk ik"): see AMBIGUOUS_PARTIES
                "words: pvv vvd d66 cda groenlinks pvda fvd bbb christenunie sgp partijlid partijlidmaatschap "
                        + "spd cdu csu afd fdp n-va",
                "prefixes: ",
                "phrases: stem op|gestemd op|lid van de partij|membre d'ecolo|lid van ecolo|voté ecolo|vote ecolo|politieke partij|voted for|party member|political party"
                        + "|lid van de pvv|lid van de vvd|lid van de sp|lid van de pvda|mitglied der|membre du parti"
                        + "|vlaams belang|labour party|conservative party|parti socialiste|rassemblement national|die grünen"
                        + "|member of the party|lid van een partij|mitglied einer partei");
        category(TRADE_UNION,
                "words: vakbond vakbondslid fnv cnv gewerkschaft gewerkschaftsmitglied syndicat syndiqué syndiquée "
                        + "abvv acv aclvb cgt cfdt ver.di",
                "prefixes: vakbond gewerkschaft",
                "phrases: union member|trade union|lid van de vakbond|ig metall|force ouvrière|labour union");
        category("racial or ethnic origin",
                "words: ",
                "prefixes: ",
                "phrases: ethnic origin|ethnic background|etnische achtergrond|origine ethnique|ethnische herkunft");
        category("criminal record",
                "words: ex-gedetineerde ex-offender ex-détenu ex-häftling vorbestrafter strafblad veroordeeld gevangenis gedetineerd celstraf taakstraf enkelband reclassering convicted prison jail "
                        + "parole vorbestraft gefängnis vorstrafe gearresteerd arrested verhaftet détenu détenue condamné condamnée "
                        + "incarcéré tbs reclasseringstoezicht festgenommen politiecel fußfessel condamnation veroordeling verurteilt verurteilung",
                "prefixes: gevangenis",
                "phrases: criminal record|in de gevangenis|in prison|in jail|casier judiciaire|en prison|im gefängnis"
                        + "|vog geweigerd|in detentie|ankle monitor|bracelet électronique|huis van bewaring|in voorarrest"
                        + "|in untersuchungshaft|in custody|en détention|détention provisoire|sitzt in haft"
                        + "|in haft|is gedetineerd|in police custody|garde à vue|opgepakt door de politie"
                        + "|arrested by the police|strafrechtelijk vervolgd|criminal conviction|verurteilt worden");
    }

    private static void category(String category, String words, String prefixes, String phrases) {
        for (String word : words.substring("words:".length()).trim().split("\\s+")) {
            if (!word.isEmpty()) {
                WORDS.put(word, category);
            }
        }
        for (String prefix : prefixes.substring("prefixes:".length()).trim().split("\\s+")) {
            if (!prefix.isEmpty()) {
                PREFIXES.put(prefix, category);
            }
        }
        for (String phrase : phrases.substring("phrases:".length()).trim().split("\\|")) {
            PHRASES.put(phrase, category);
        }
    }

    /** The lengths of the known prefixes: a word is looked up only at these, not at every length. */
    private static final int[] PREFIX_LENGTHS = PREFIXES.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
    /** The first two letters of the prefixes (ASCII): most words start otherwise and are looked up only once. */
    private static final boolean[] PREFIX_STARTS = new boolean[128 * 128];
    /** The first words of the two-word phrases: only after one of them is the pair looked up. */
    private static final java.util.Set<String> PAIR_STARTS = new java.util.HashSet<>();
    /** The phrases of three words or more, and those phrases by their first word. */
    private static final Map<String, String> LONG_PHRASES = new java.util.LinkedHashMap<>();
    private static final Map<String, java.util.List<String>> LONG_STARTS = new HashMap<>();

    static {
        for (String prefix : PREFIXES.keySet()) {
            if (prefix.length() < 2 || prefix.charAt(0) >= 128 || prefix.charAt(1) >= 128) {
                throw new IllegalStateException("prefixes start with two ASCII letters: " + prefix);
            }
            PREFIX_STARTS[prefix.charAt(0) * 128 + prefix.charAt(1)] = true;
        }
        PHRASES.forEach((phrase, category) -> {
            if (phrase.indexOf(' ') == phrase.lastIndexOf(' ') && phrase.indexOf('\'') < 0) {
                PAIR_STARTS.add(phrase.substring(0, phrase.indexOf(' ')));
            } else {
                // Three words or more, or an apostrophe ("jehovah's witness", which the word scan splits): matched
                // as written where its first word starts.
                int firstWord = 0;
                while (firstWord < phrase.length() && isWordChar(phrase.charAt(firstWord))) {
                    firstWord++;
                }
                LONG_PHRASES.put(phrase, category);
                LONG_STARTS.computeIfAbsent(phrase.substring(0, firstWord), w -> new java.util.ArrayList<>()).add(phrase);
            }
        });
    }

    private static boolean mayHavePrefix(String lower, int start, int end) {
        return end - start > MIN_PREFIX && lower.charAt(start) < 128 && lower.charAt(start + 1) < 128
                && PREFIX_STARTS[lower.charAt(start) * 128 + lower.charAt(start + 1)];
    }

    // Built from the maps the two static blocks above fill, so they must stay below them (initialisation follows the
    // text): the detector reads the tables, the maps only fill them.
    private static final WordTable<String> WORD_TABLE = WordTable.of(WORDS);
    private static final WordTable<String> PREFIX_TABLE = WordTable.of(PREFIXES);
    private static final WordTable<String> PHRASE_TABLE = WordTable.of(PHRASES);
    private static final WordTable<java.util.List<String>> LONG_START_TABLE = WordTable.of(LONG_STARTS);
    private static final WordTable<Boolean> PAIR_START_TABLE = WordTable.of(PAIR_STARTS);

    /** Whether {@code lower[start, end)} is one of the special categories' words ("jewish", "moslim", "vakbond"). */
    static boolean isCategoryWord(String lower, int start, int end) {
        return WORD_TABLE.get(lower, start, end) != null;
    }

    private SpecialCategoryDetector() {
    }

    /** Words that name the act of voting: a party abbreviation that is also a word ("SP") counts after one of them. */
    private static final WordTable<Boolean> VOTING = WordTable.of(java.util.Set.of("stem", "stemde", "stemmen", "gestemd", "vote",
            "voted", "voting", "wähle", "wählte", "gewählt", "wählen", "voté", "votais", "votes"));
    /** Party abbreviations that are also ordinary words or codes: only in capitals and after a voting word. */
    private static final WordTable<Boolean> AMBIGUOUS_PARTIES = WordTable.of(java.util.Set.of("sp", "cu", "pvdd", "ja21", "volt", "denk",
            "bsw", "linke", "ps", "lr", "lfi", "rn", "mr", "ptb"));
    /** Words naming an origin: counted with the adjective before them ("türkischer Herkunft", "Marokkaanse afkomst"). */
    private static final WordTable<Boolean> ORIGIN = WordTable.of(java.util.Set.of("herkunft", "afkomst", "abstammung", "descent"));
    /** Findings of one category this close together, in one sentence, are one fact and one span. */
    private static final int MERGE_GAP = 30;

    /** A finding before merging, in skeleton offsets. */
    private record Span(int start, int end, String category) {
    }

    static void detect(ScanText text) {
        java.util.List<Span> spans = new java.util.ArrayList<>();
        words(text, spans);
        phrasesOfThreeOrMore(text, text.lower(), spans);
        if (spans.isEmpty()) {
            return;
        }
        // One scan for a vet's stem spares reading every finding's sentence word by word.
        String lower = text.lower();
        boolean vets = lower.contains("dieren") || lower.contains("veterin") || lower.contains("tierar") || lower.contains("tierkl")
                || lower.contains("vétérin");
        // An animal's condition is dropped before merging, so it does not take a person's fact next to it along
        // ("Mijn hond is ziek en ik heb zelf diabetes", round twenty-three)
        spans.removeIf(span -> petJustBefore(text, span.start()) || vets && vetInSentence(text, span.start(), span.end()));
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        Span current = spans.get(0);
        for (int k = 1; k < spans.size(); k++) {
            Span next = spans.get(k);
            if (next.category().equals(current.category()) && next.start() - current.end() <= MERGE_GAP
                    && oneSentence(text, current.end(), next.start())) {
                current = new Span(current.start(), Math.max(current.end(), next.end()), current.category());
            } else {
                emit(text, current);
                current = next;
            }
        }
        emit(text, current);
    }

    private static void emit(ScanText text, Span span) {
        // "korting voor leden van een vakbond", "discounts for union members": members in the plural are how a union is
        // spoken of in general, so for a union they do not make the sentence about someone (round eleven)
        WordTable<Boolean> people = span.category().equals(TRADE_UNION) ? PERSON_CONTEXT_BUT_MEMBERS : PERSON_CONTEXT;
        if (!aboutSomeone(text, span.start(), span.end(), people)) {
            return; // "Valt fysiotherapie na een knieoperatie onder het basispakket?": a question in general, no one's fact
        }
        text.found(PersonalDataType.SPECIAL_CATEGORY, span.start(), span.end(), 0.8, span.category() + " (GDPR Art. 9)");
    }

    /**
     * Words that put a person in a sentence: pronouns of the first and third person, possessives, and the nouns of
     * people ("patient", "kind"). Relation words and titles count through {@link NameFeatures}.
     */
    private static final java.util.Set<String> PERSON_WORD_LIST = java.util.Set.of(
            "ik", "mij", "me", "mijn", "mn", "we", "wij", "ons", "onze", "hij", "zij", "ze", "hem", "haar", "zijn", "hun",
            // a first person told by the verb alone, as people type in a chat: "heb na de chemo geen energie", "hab seit der OP"
            "heb", "hab", "habe",
            "i", "im", "ive", "my", "mine", "us", "our", "he", "she", "him", "her", "his", "they", "them", "their",
            "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns", "unser", "unsere",
            // "er", "je" and "on" are decided by the sentence's language, a capital "Sie"/"Ihre" inside a sentence is the
            // organisation (see aboutSomeone)
            "unseren", "unserem", "unserer", "sie", "ihn", "ihm", "ihr", "ihre", "ihren", "ihrem", "ihrer",
            "j", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "il", "elle", "lui", "son", "sa", "ses",
            "leur", "leurs", "elles", "ils",
            "patiënt", "patient", "patiente", "patientin", "kind", "baby", "child", "enfant", "bébé", "persoon", "person",
            "personne", "iemand", "someone", "jemand", "quelqu", "member", "members", "lid", "leden", "mitglied", "mitglieder",
            "membre", "membres", "verzekerde", "insured", "versicherte", "assuré", "assurée");
    /** The person words, relation words and titles in one table: one look-up per word, no string made for it. */
    private static final WordTable<Boolean> PERSON_CONTEXT = personContext(java.util.Set.of());
    /** Members in the plural: "korting voor leden van een vakbond" is general; "Lid van de FNV sinds 2010" is someone's. */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of("members", "leden", "mitglieder", "membres");
    private static final WordTable<Boolean> PERSON_CONTEXT_BUT_MEMBERS = personContext(MEMBERS);

    private static WordTable<Boolean> personContext(java.util.Set<String> leftOut) {
        java.util.Set<String> words = new java.util.HashSet<>(PERSON_WORD_LIST);
        words.addAll(NameFeatures.RELATIONS);
        words.addAll(NameFeatures.TITLES);
        words.removeAll(NameFeatures.PROFESSION_TITLES);
        words.removeAll(leftOut);
        return WordTable.of(words);
    }

    /** How many characters before a finding a pet is looked for, within its sentence. */
    private static final int PET_WINDOW = 60;

    /** Whether a pet is named in the {@value #PET_WINDOW} characters before {@code start}, in the same sentence. */
    private static boolean petJustBefore(ScanText text, int start) {
        String lower = text.lower();
        int i = sentenceStartWithin(lower, start, PET_WINDOW);
        int petEnd = -1;
        while (i < start) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(lower, i, start);
            if (Pets.ANIMALS.contains(lower, i, wordEnd)) {
                petEnd = wordEnd;
            } else if (petEnd >= 0 && (SPEAKER.contains(lower, i, wordEnd) || RELATION_TABLE.contains(lower, i, wordEnd)
                    || wordEnd + 1 < lower.length() && lower.charAt(wordEnd) == '\'' && lower.charAt(wordEnd + 1) == 's')) {
                // "Seit wir einen Hund haben, habe ich Asthma", "since we got the dogs, Emma's asthma", "sinds onze cavia
                // er is heeft mijn zoon astma": someone after the pet, the health word is theirs again
                petEnd = -1;
            }
            i = wordEnd;
        }
        return petEnd >= 0 && !nameIn(text, petEnd, start, false);
    }

    /** The relation words ("zoon", "daughter", "Mann") as a table: asked in place, no string made per word. */
    private static final WordTable<Boolean> RELATION_TABLE = WordTable.of(NameFeatures.RELATIONS);

    /**
     * Whether a name (found by the name detectors, which run first) stands in {@code [from, to)}; {@code asSubject}: and
     * is the subject of a verb of having or being, not right after a word for a doctor or therapist ("Sem heeft …").
     */
    private static boolean nameIn(ScanText text, int from, int to, boolean asSubject) {
        for (PersonalDataFinding finding : text.findings()) {
            if (finding.type() == PersonalDataType.PERSON_NAME && finding.start() >= from && finding.end() <= to
                    && (!asSubject || !carerBefore(text.lower(), finding.start()) && verbAfter(text.lower(), finding.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Vets and animal clinics: a health word in a sentence with one is the animal's (round twenty-three). */
    private static final WordTable<Boolean> VETS = WordTable.of(java.util.Set.of("dierenarts", "dierenartsen", "dierenkliniek",
            "dierenziekenhuis", "veterinarian", "veterinary", "tierarzt", "tierärztin", "tierklinik", "vétérinaire"));
    /** Words before a vet that make it someone's job ("werkt als dierenarts"). */
    private static final WordTable<Boolean> AS = WordTable.of(java.util.Set.of("als", "as", "comme", "a"));

    /** How far a sentence is read on either side of a finding for a vet. */
    private static final int VET_WINDOW = 80;

    /**
     * Whether the sentence holding {@code [start, end)} names a vet and no writer or possessive stands before the health
     * word in it: "Hij heeft artrose volgens de dierenarts" (the dog of the sentence before), not "Ik heb astma; mag ik
     * mee naar de dierenarts?".
     */
    private static boolean vetInSentence(ScanText text, int start, int end) {
        String lower = text.lower();
        int from = sentenceStartWithin(lower, start, VET_WINDOW);
        int to = sentenceEndWithin(lower, end, VET_WINDOW);
        boolean vet = false;
        int previous = -1;
        int previousEnd = -1;
        int i = from;
        while (i < to) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(lower, i, to);
            if (i < start && SPEAKER.contains(lower, i, wordEnd)) {
                // the writer's own: "Ik heb astma; mag ik mee naar de dierenarts?" ("hij"/"zij" stay: in "Hij heeft artrose
                // volgens de dierenarts" the pronoun is the dog of the sentence before)
                return false;
            }
            if (VETS.contains(lower, i, wordEnd) && !(previous >= 0 && AS.contains(lower, previous, previousEnd))) {
                vet = true;
            }
            previous = i;
            previousEnd = wordEnd;
            i = wordEnd;
        }
        return vet && !nameIn(text, from, start, false);
    }

    /** The writer or a possessive after a pet: the health word that follows is a person's again. */
    private static final WordTable<Boolean> SPEAKER = WordTable.of(java.util.Set.of("ik", "ich", "i", "je", "j", "moi",
            "heb", "hab", "habe", "we", "wij", "wir", "nous", "mijn", "my", "mein", "meine", "meiner", "meinem", "mon", "ma"));

    /** The end of the sentence holding {@code position}, or {@code position + max} if it ends later (or the text's end). */
    private static int sentenceEndWithin(String lower, int position, int max) {
        int to = position;
        while (to < lower.length() && to - position < max && !sentenceEnd(lower, to)) {
            to++;
        }
        return to;
    }

    /** The start of the sentence holding {@code position}, or {@code position - max} if the sentence starts earlier. */
    private static int sentenceStartWithin(String lower, int position, int max) {
        int from = position;
        while (from > 0 && position - from < max && !sentenceEnd(lower, from - 1)) {
            from--;
        }
        return from;
    }

    /** How far a sentence is looked at on either side of a finding. */
    private static final int SENTENCE_WINDOW = 200;

    /**
     * Whether the sentence around a finding speaks of a person: a pronoun, possessive, person noun, relation word or
     * title. Without one it is a question or statement in general ("Is the location wheelchair accessible?").
     */
    private static boolean aboutSomeone(ScanText text, int start, int end, WordTable<Boolean> people) {
        String lower = text.lower();
        int from = sentenceStartWithin(lower, start, SENTENCE_WINDOW);
        int to = sentenceEndWithin(lower, end, SENTENCE_WINDOW);
        if (nameIn(text, from, start, true)) {
            return true; // "Sem heeft koorts", "Jade est allergique aux œufs": a named person's fact (round twenty-three)
        }
        boolean germanHe = false;
        boolean frenchPronoun = false;
        boolean man = false;
        int previous = -1; // where the word before this one starts
        int german = 0;
        int dutch = 0;
        int french = 0;
        int i = from;
        while (i < to) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(lower, i, to);
            if (GERMAN_MARKERS.contains(lower, i, wordEnd)) {
                german++;
            } else if (DUTCH_MARKERS.contains(lower, i, wordEnd)) {
                dutch++;
            }
            if (FRENCH_MARKERS.contains(lower, i, wordEnd)) {
                french++;
            }
            if (wordEnd - i == 2 && lower.startsWith("er", i)) {
                germanHe = true; // "er" is "he" in German, "there" in Dutch: decided by the sentence's language below
            } else if (wordEnd - i == 3 && lower.startsWith("man", i)
                    && !(previous >= 0 && DETERMINERS.contains(lower, previous, wordEnd(lower, previous, i)))) {
                // "one" in German ("wenn man Diabetes hat"), decided by language below; after an article or a possessive a
                // person ("der man ist Diabetiker", "mijn man": session eighteen's second review)
                man = true;
            } else if (POSSESSIVES.contains(lower, i, wordEnd) && generalPaperwork(lower, wordEnd, from, to)) {
                // "Does my policy cover it for diabetes patients?", "Mijn vraag: wordt IVF vergoed?": the writer's question
                // or cover, not the writer; a person word elsewhere in the sentence still counts
            } else if (wordEnd - i == 2 && (lower.startsWith("je", i) || lower.startsWith("on", i))) {
                frenchPronoun = true; // "je", "on" are persons in French; "you" (generic) in Dutch, a preposition in English
            } else if (FORMAL_YOU.contains(lower, i, wordEnd) && Character.isUpperCase(text.text().charAt(i))
                    && Character.isLowerCase(text.text().charAt(i + 1)) && midClause(text.text(), i)) {
                // "Bieten Sie Kurse zum Thema Bluthochdruck an?": the capital "Sie" or "Ihre" inside a sentence addresses
                // the organisation, nobody's fact (round nineteen's review)
            } else if (people.contains(lower, i, wordEnd) || endsWithPersonNoun(lower, i, wordEnd)) {
                return true;
            }
            previous = i;
            i = wordEnd;
        }
        return germanHe && german >= dutch || man && german <= dutch || frenchPronoun && french > 0;
    }

    private static final WordTable<Boolean> POSSESSIVES = WordTable.of(java.util.Set.of("my", "mijn", "mn", "our", "onze",
            "mein", "meine", "meinen", "meinem", "meiner", "meines", "unser", "unsere", "unseren", "unserem", "mon", "ma", "notre"));
    /** A question is never a health fact of its asker: "Mijn vraag: wordt IVF vergoed?", "My question is whether…". */
    private static final WordTable<Boolean> QUESTIONS = WordTable.of(java.util.Set.of("question", "vraag", "vraagje", "frage"));
    /**
     * What covers care: a policy, a contract, an insurance. "My policy" asks about cover only in a sentence about cover
     * ({@link #COVERAGE}); "Mijn polis is opgezegd terwijl de chemo nog loopt" tells the writer's treatment. Not bills,
     * orders and accounts, which list the writer's own treatments and medicines (session eighteen's second review).
     */
    private static final WordTable<Boolean> COVER_PAPERWORK = WordTable.of(java.util.Set.of("policy", "polis", "police",
            "contract", "contrat", "vertrag", "subscription", "abonnement", "abo", "insurance", "verzekering", "versicherung",
            "assurance", "mutuelle", "premium", "premie", "prämie", "tarif", "plan", "pakket", "basispakket"));
    /** Compounds of the same: "zorgverzekering", "Krankenversicherung", "zorgpolis", "aanvullend pakket". */
    private static final String[] COVER_PAPERWORK_ENDINGS = {"verzekering", "versicherung", "polis", "pakket"};
    private static final WordTable<Boolean> COVERAGE = WordTable.of(java.util.Set.of("onder", "onderdeel", "dekt", "gedekt",
            "dekking", "include", "includes", "included", "deckt", "abgedeckt", "zahlt", "übernimmt", "übernommen", "charge"));
    private static final String[] COVERAGE_STEMS = {"vergoed", "erstatt", "rembours", "couvr", "couvert", "cover"};
    /** An article or a possessive before "man" makes it a man or a husband, not German "one". */
    private static final WordTable<Boolean> DETERMINERS = WordTable.of(java.util.Set.of("der", "die", "den", "dem", "de", "the",
            "een", "a", "ein", "einen", "mein", "dein", "ihr", "unser", "mijn", "haar", "je", "jouw", "uw", "that", "this"));

    /**
     * Whether the possessive that ends at {@code from} is the writer's question, or their policy in a sentence about cover
     * (the word right after it, or the one after that past an adjective: "mijn aanvullende verzekering").
     */
    private static boolean generalPaperwork(String lower, int from, int sentenceStart, int to) {
        int i = from;
        for (int word = 0; word < 2; word++) {
            while (i < to && lower.charAt(i) == ' ') {
                i++;
            }
            if (i >= to || !isWordChar(lower.charAt(i))) {
                return false;
            }
            int end = wordEnd(lower, i, to);
            if (word == 0 && QUESTIONS.contains(lower, i, end)) {
                return true;
            }
            if (COVER_PAPERWORK.contains(lower, i, end) || endsWithAny(lower, i, end, COVER_PAPERWORK_ENDINGS)) {
                return coverageIn(lower, sentenceStart, to) && !stoppedIn(lower, sentenceStart, to);
            }
            i = end;
        }
        return false;
    }

    private static boolean coverageIn(String lower, int from, int to) {
        int i = from;
        while (i < to) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(lower, i, to);
            if (COVERAGE.contains(lower, i, end)) {
                return true;
            }
            for (String stem : COVERAGE_STEMS) {
                if (end - i >= stem.length() && lower.startsWith(stem, i)) {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    /** Cover that stopped is an event of the writer's care, not a question: "vergoedt de IVF-behandeling niet meer". */
    private static final String[] STOPPED = {"niet meer", "nicht mehr", "no longer", "anymore", "any more", "stopped",
            "gestopt", "eingestellt", "ne rembourse plus", "ne couvre plus"};

    /** Within the sentence only: the window is bounded, so the scan stays linear in the message. */
    private static boolean stoppedIn(String lower, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String phrase : STOPPED) {
                if (lower.charAt(i) == phrase.charAt(0) && i + phrase.length() <= to && lower.startsWith(phrase, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithAny(String lower, int start, int end, String[] endings) {
        for (String ending : endings) {
            if (end - start >= ending.length() && lower.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }


    /** Those who treat: a name after one is the carer's, and the health word near it a topic of theirs ("dokter Jansen, diabetes"). */
    private static final WordTable<Boolean> CARERS = WordTable.of(java.util.Set.of("dokter", "arts", "huisarts", "tandarts",
            "specialist", "fysiotherapeut", "fysio", "therapeut", "psycholoog", "dr", "doctor", "dentist", "therapist",
            "arzt", "ärztin", "zahnarzt", "zahnärztin", "therapeutin", "docteur", "médecin", "dentiste", "kinésithérapeute", "kiné"));

    /**
     * Verbs of having and being that make a name the subject of the fact that follows: "Sem heeft koorts", "Jade est
     * allergique"; not "Mevrouw de Vries van declaraties zei …" or a name after "volgens" (round twenty-three's review).
     */
    private static final WordTable<Boolean> SUBJECT_VERBS = WordTable.of(java.util.Set.of("heeft", "had", "is", "was", "moet",
            "kan", "krijgt", "kreeg", "blijft", "ligt", "lag", "gebruikt", "has", "must", "can", "gets", "got", "needs",
            "takes", "hat", "hatte", "ist", "muss", "kann", "bekommt", "braucht", "liegt", "nimmt", "a", "avait", "est",
            "était", "doit", "peut", "prend", "souffre", "lijdt", "suffers", "leidet"));

    private static boolean verbAfter(String lower, int end) {
        int i = end;
        while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == ',')) {
            i++;
        }
        int wordEnd = i;
        while (wordEnd < lower.length() && isWordChar(lower.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > i && SUBJECT_VERBS.contains(lower, i, wordEnd);
    }

    private static boolean carerBefore(String lower, int start) {
        int p = start;
        while (p > 0 && (lower.charAt(p - 1) == ' ' || lower.charAt(p - 1) == '.')) {
            p--;
        }
        int wordEnd = p;
        while (p > 0 && isWordChar(lower.charAt(p - 1))) {
            p--;
        }
        return p < wordEnd && CARERS.contains(lower, p, wordEnd);
    }

    /** German formal address, capitalised inside a sentence; lower case these are "she", "they", "her". */
    private static final WordTable<Boolean> FORMAL_YOU = WordTable.of(java.util.Set.of("sie", "ihr", "ihre", "ihren", "ihrem",
            "ihrer"));
    /** Short words only German, only Dutch, or French uses, to tell the language of a sentence with "er", "je" or "on". */
    private static final WordTable<Boolean> GERMAN_MARKERS = WordTable.of(java.util.Set.of("der", "das", "und", "ist", "nicht",
            "ich", "mit", "ein", "eine", "einen", "auf", "für", "hat", "habe", "seit", "wird", "sich", "auch", "noch", "bitte", "kann"));
    private static final WordTable<Boolean> DUTCH_MARKERS = WordTable.of(java.util.Set.of("de", "het", "een", "en", "niet", "ik",
            "met", "voor", "van", "op", "dat", "heeft", "bij", "zijn", "kan", "wat", "hoe", "wordt", "ook", "nog", "jullie", "is"));
    private static final WordTable<Boolean> FRENCH_MARKERS = WordTable.of(java.util.Set.of("le", "la", "les", "et", "est", "pas",
            "vous", "nous", "avec", "pour", "une", "des", "du", "que", "qui", "mon", "ma", "mes", "ai", "suis", "peut", "dans",
            // elided articles and pronouns ("l'insuline", "d'épilepsie", "n'ai") and the verbs of a condition
            "l", "d", "qu", "n", "un", "au", "aux", "ne", "souffre", "prends"));

    /**
     * Whether the word at {@code i} stands inside a clause: a letter, digit or comma before it. Not after a full stop, a
     * colon, a quote, a dash or a number's point ("1. Sie hat Diabetes", "Der Arzt: Sie haben …"), where "Sie" may be "she".
     */
    private static boolean midClause(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ',');
    }

    private static final String[] PERSON_NOUN_ENDINGS = {"patient", "patiënt", "gebruiker", "mantelzorger", "user"};

    /** Compounds naming a person: "Dialysepatient", "rolstoelgebruiker", "mantelzorger". */
    private static boolean endsWithPersonNoun(String lower, int start, int end) {
        for (String noun : PERSON_NOUN_ENDINGS) {
            if (end - start > noun.length() && lower.startsWith(noun, end - noun.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(String lower, int k) {
        char c = lower.charAt(k);
        if (c == '?' || c == '!' || c == '\n') {
            return true;
        }
        if (c != '.' || k + 1 >= lower.length() || lower.charAt(k + 1) != ' ') {
            return false;
        }
        // An abbreviation or initial ("dhr. A. Çelik", "geb. am", "M. Bernard") does not end the sentence.
        int word = k;
        while (word > 0 && k - word < 5 && Character.isLetter(lower.charAt(word - 1))) {
            word--;
        }
        return k - word > 3 || word > 0 && Character.isLetter(lower.charAt(word - 1));
    }

    /** No sentence end or line break between {@code from} and {@code to}. */
    private static boolean oneSentence(ScanText text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.at(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ';') {
                return false;
            }
        }
        return true;
    }

    private static void words(ScanText text, java.util.List<Span> spans) {
        String lower = text.lower();
        int n = lower.length();
        int i = 0;
        int lastVote = -100;
        int wordIndex = 0;
        int previousStart = -1;
        int previousEnd = -1;
        int beforePreviousStart = -1;
        int beforePreviousEnd = -1;
        boolean previousStartsPair = false;
        while (i < n) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(lower, i, n);
            // Every look-up reads the word in place (WordTable): no string is made per word, and the word is hashed
            // once for the seven tables that are asked about it whole.
            int hash = WordTable.hash(lower, i, end);
            String category = WORD_TABLE.get(lower, i, end, hash);
            if (category == null && mayHavePrefix(lower, i, end)) {
                category = prefixCategory(lower, i, end);
            }
            if (category == null && previousStartsPair && end - previousStart <= 40) {
                String phraseCategory = PHRASE_TABLE.get(lower, previousStart, end);
                if (phraseCategory != null) {
                    spans.add(new Span(previousStart, end, phraseCategory));
                }
            }
            int dash = firstDash(lower, i, end);
            if (category == null && dash > i + 1) {
                category = WORD_TABLE.get(lower, i, dash); // "IVF-traject", "Krebs-Therapie"
            }
            if (category == null && MEDICINES.contains(lower, i, end, hash)
                    && (previousStart >= 0 && TAKING.contains(lower, previousStart, previousEnd)
                        || beforePreviousStart >= 0 && TAKING.contains(lower, beforePreviousStart, beforePreviousEnd))) {
                category = "health";
            }
            if (category == null && end - i > 8 && endsWithHealthSuffix(lower, i, end)) {
                category = "health";
            }
            if (category == null && CAPITAL_ABBREVIATIONS.contains(lower, i, end, hash) && Character.isUpperCase(text.at(i))
                    && Character.isUpperCase(text.at(end - 1))
                    && (previousStart >= 0 && HAVE.contains(lower, previousStart, previousEnd) || haveAfter(lower, end)
                        || previousStart >= 0 && AT.contains(lower, previousStart, previousEnd) && beforePreviousStart >= 0
                            && SUFFERS.contains(lower, beforePreviousStart, beforePreviousEnd))) {
                category = "health"; // "I have MS", and the Dutch and German verb at the end: "omdat ik MS heb", "weil er MS hat"
            }
            if (category != null && INSTITUTIONS.contains(lower, i, end, hash)
                    && !(linksInstitution(lower, previousStart, previousEnd) || linksInstitution(lower, beforePreviousStart, beforePreviousEnd))) {
                category = null; // "de bus naar het ziekenhuis", "de moskee als referentie": a building, not someone's fact
            }
            if (category != null && category.equals("health") && accessibility(lower, i, end)) {
                category = null; // "wheelchair accessible", "rolstoeltoegankelijk": a property of a place, not a person's health
            }
            if (category == null && AMBIGUOUS_PARTIES.contains(lower, i, end, hash) && wordIndex - lastVote <= 4
                    && Character.isUpperCase(text.at(i)) && Character.isUpperCase(text.at(end - 1))) {
                category = "political opinion"; // "ik stem al jaren SP"
            }
            int start = i;
            if (category == null && ORIGIN.contains(lower, i, end, hash) && previousStart >= 0 && previousEnd - previousStart >= 5
                    && previousEnd + 1 == i) {
                category = "racial or ethnic origin"; // "türkischer Herkunft", "Marokkaanse afkomst"
                start = previousStart;
            }
            if (category != null) {
                spans.add(new Span(start, end, category));
            }
            if (VOTING.contains(lower, i, end, hash)) {
                lastVote = wordIndex;
            }
            wordIndex++;
            beforePreviousStart = previousStart;
            beforePreviousEnd = previousEnd;
            previousStart = i;
            previousEnd = end;
            previousStartsPair = PAIR_START_TABLE.contains(lower, i, end, hash);
            i = end;
        }
    }

    /** Buildings of care and worship: a fact about someone only when someone is in them or they are someone's. */
    private static final WordTable<Boolean> INSTITUTIONS = WordTable.of(java.util.Set.of("ziekenhuis", "hospital", "krankenhaus",
            "hôpital", "klinik", "clinic", "kliniek", "moskee", "mosque", "moschee", "mosquée", "synagoge", "synagogue", "kerk",
            "church", "kirche", "église", "verpleeghuis", "verzorgingshuis", "pflegeheim", "ehpad"));
    /** Words before such a building that tie it to a person: being in it, or a possessive. */
    private static final WordTable<Boolean> INSTITUTION_LINKS = WordTable.of(java.util.Set.of("in", "im", "ins", "uit", "au", "à",
            "dans", "opgenomen", "ligt", "lig", "liegt", "admitted", "onze", "ons", "mijn", "mn", "zijn", "haar", "hun", "my", "our",
            "his", "her", "their", "unsere", "unser", "unserer", "unserem", "meine", "mein", "meinem", "meiner", "seine", "seinem",
            "ihrem", "notre", "ma", "mon", "sa", "son", "leur"));

    private static boolean linksInstitution(String lower, int start, int end) {
        return start >= 0 && end > start && INSTITUTION_LINKS.contains(lower, start, end);
    }

    /** Words saying a place suits an aid: after an aid word, or as the end of its compound. */
    private static final String[] ACCESS = {"accessible", "friendly", "toegankelijk", "toegankelijke", "vriendelijk",
            "zugänglich", "gerecht", "gerechte", "gerechten", "accessibles"};

    private static boolean accessibility(String lower, int start, int end) {
        for (String word : ACCESS) {
            if (end - start > word.length() + 4 && lower.startsWith(word, end - word.length())) {
                return true;
            }
        }
        int p = end;
        if (p < lower.length() && (lower.charAt(p) == ' ' || lower.charAt(p) == '-')) {
            p++;
            for (String word : ACCESS) {
                if (lower.startsWith(word, p) && (p + word.length() >= lower.length() || !isWordChar(lower.charAt(p + word.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word after {@code end} is a form of "have" (the Dutch and German subordinate clause puts it last). */
    private static boolean haveAfter(String lower, int end) {
        int p = end;
        if (p >= lower.length() || lower.charAt(p) != ' ') {
            return false;
        }
        p++;
        int q = p;
        while (q < lower.length() && q - p < 12 && isWordChar(lower.charAt(q))) {
            q++;
        }
        return q > p && (q >= lower.length() || !isWordChar(lower.charAt(q))) && HAVE.contains(lower, p, q);
    }

    /**
     * Phrases of more than two words, tried only where a word starts that begins one of them: one look-up per
     * word instead of one search of the whole text per phrase.
     */
    private static void phrasesOfThreeOrMore(ScanText text, String lower, java.util.List<Span> spans) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(lower.charAt(i)) || i > 0 && isWordChar(lower.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = wordEnd(lower, i, n);
            java.util.List<String> phrases = LONG_START_TABLE.get(lower, i, end);
            if (phrases != null) {
                for (String phrase : phrases) {
                    if (lower.startsWith(phrase, i) && !text.isLetterOrDigit(i + phrase.length())) {
                        spans.add(new Span(i, i + phrase.length(), LONG_PHRASES.get(phrase)));
                    }
                }
            }
            i = end;
        }
    }

    /**
     * The category of the shortest listed prefix of {@code lower[start, end)} shorter than the word, or null. The
     * prefixes' hashes grow with them, so the word is read once for all prefix lengths.
     */
    private static String prefixCategory(String lower, int start, int end) {
        int hash = 0;
        int k = start;
        for (int length : PREFIX_LENGTHS) {
            if (length >= end - start) {
                return null;
            }
            for (; k < start + length; k++) {
                hash = 31 * hash + lower.charAt(k);
            }
            String category = PREFIX_TABLE.get(lower, start, start + length, hash);
            if (category != null) {
                return category;
            }
        }
        return null;
    }

    /** The first '-' in {@code lower[start, end)}, or -1. */
    private static int firstDash(String lower, int start, int end) {
        for (int k = start; k < end; k++) {
            if (lower.charAt(k) == '-') {
                return k;
            }
        }
        return -1;
    }

    private static boolean endsWithHealthSuffix(String lower, int start, int end) {
        for (String suffix : HEALTH_SUFFIXES) {
            if (end - start >= suffix.length() + 3 && lower.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** The end of the word starting at {@code from}, at most {@code limit}. */
    private static int wordEnd(String lower, int from, int limit) {
        int end = from;
        while (end < limit && isWordChar(lower.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
