"""Job-title families and seniority words, Dutch and English (see :mod:`model.lexicons`).

Tiers decide between families whatever the match length: 1 generic roles ("manager",
"consultant"), 2 soft private statuses ("open to work", "huisvrouw"), 3 functional families
("recruiter", "inkoper"), 4 hard private statuses ("student", "gepensioneerd"). Within a tier
the longest match wins, then the family listed first. ``words`` are whole words or phrases,
``prefixes`` match the start of a word (Dutch compounds: "inkoop" → "inkoopmanager"),
``suffixes`` its end ("…manager" → "vestigingsmanager"). Entries are folded like titles are:
lower case, no accents, punctuation as spaces ("P&O" → "p o").
"""

from __future__ import annotations

TITLE_FAMILIES: dict[str, dict] = {
    "recruitment": {
        "tier": 3,
        "words": (
            "recruiter|recruiters|recruitment|recruitment consultant|recruitment manager"
            "|talent acquisition|talent acquisition specialist|talent sourcer|sourcer"
            "|sourcing specialist|headhunter|head hunter|executive search|search consultant"
            "|intercedent|intercedente|werving|werving en selectie|werving selectie"
            "|wervingsadviseur|resourcer|resource manager|talent scout|talent partner"
            "|talent advisor|talent manager|recruitment business partner"
            "|account manager recruitment|corporate recruiter|technical recruiter"
            "|it recruiter|campus recruiter|jobcoach|job coach|loopbaanadviseur"
            "|arbeidsbemiddelaar|bemiddelaar|consultant werving en selectie|uitzendconsultant"
            "|detacheringsconsultant|staffing consultant|staffing specialist"
            "|talent attraction|employer branding|recruitment marketeer"
        ),
        "prefixes": "recruit|werving|headhunt|intercedent|talentacqui|uitzendconsult",
    },
    "hr": {
        "tier": 3,
        "words": (
            "hr|human resources|hrm|hr manager|hr business partner|hrbp|hr adviseur"
            "|hr advisor|hr consultant|hr officer|hr generalist|hr director|hr specialist"
            "|chief people officer|cpo people|people manager|people partner"
            "|people business partner|people operations|people and culture|people culture"
            "|personeelszaken|personeel en organisatie|po adviseur|p o adviseur|p o"
            "|personeelsadviseur|personeelsfunctionaris|hoofd personeelszaken|hoofd p o"
            "|salarisadministrateur|salarisadministratie|payroll|payroll specialist"
            "|compensation and benefits|compensation benefits|learning and development"
            "|learning development|l d|opleidingsadviseur|talent development"
            "|talent management|organisational development|organisatieontwikkeling|arbo"
            "|arbeidsdeskundige|verzuimconsulent|bedrijfsarts|employee experience"
            "|hiring manager|hr medewerker|hr assistant|hr coordinator|hr controller"
            "|hr analyst|chief hr officer|chro|vp hr|head of hr|head of people"
            "|director of people|ondernemingsraad"
        ),
        "prefixes": "personeels|salarisadministr|hrm|payroll",
    },
    "sales": {
        "tier": 3,
        "words": (
            "sales|sales manager|sales director|sales representative|sales rep"
            "|sales executive|sales engineer|sales consultant|salesmanager|account manager"
            "|accountmanager|key account manager|key account|account executive"
            "|account director|business developer|business development"
            "|business development manager|bdm|bdr|sdr|sales development"
            "|commercieel medewerker|commercieel manager|commercial manager"
            "|commercial director|commercieel directeur|verkoper|verkoopadviseur"
            "|verkoopleider|verkoopmanager|verkoop binnendienst|binnendienst|buitendienst"
            "|vertegenwoordiger|relatiebeheerder|relatiemanager|relationship manager"
            "|customer success|customer success manager|partner manager|channel manager"
            "|inside sales|field sales|pre sales|presales|solution sales|new business"
            "|country manager|area manager|regional sales manager|export manager"
            "|tender manager|bid manager|accountmanager binnendienst"
            "|accountmanager buitendienst|chief revenue officer|cro|head of sales|vp sales"
            "|commercial|commercie|verkoop"
        ),
        "prefixes": (
            "sales|accountmanag|verkoop|accountexecut|businessdevelop|vertegenwoordig"
            "|relatiebeheer|relatiemanag|commerci"
        ),
    },
    "purchasing": {
        "tier": 3,
        "words": (
            "inkoper|inkoop|inkoopmanager|inkoopadviseur|inkoopspecialist|buyer|senior buyer"
            "|purchaser|purchasing|purchasing manager|purchase manager|procurement"
            "|procurement manager|procurement specialist|procurement officer|category manager"
            "|category buyer|categorymanager|sourcing manager|strategic sourcing"
            "|strategisch inkoper|tactisch inkoper|operationeel inkoper|contractmanager"
            "|contract manager|leveranciersmanager|supplier manager|vendor manager"
            "|vendor management|aanbesteding|aanbestedingen|tendering"
            "|chief procurement officer|cpo|head of procurement|directeur inkoop|hoofd inkoop"
            "|einkauf"
        ),
        "prefixes": "inkoop|inkoper|procurement|purchas|aanbested",
    },
    "it": {
        "tier": 3,
        "words": (
            "it|ict|it consultant|it manager|it director|it specialist|it architect"
            "|ict manager|software|software engineer|software developer|developer|programmer"
            "|programmeur|ontwikkelaar|softwareontwikkelaar|front end|frontend|back end"
            "|backend|full stack|fullstack|devops|sre|site reliability|cloud engineer"
            "|cloud architect|solution architect|solutions architect|enterprise architect"
            "|it architect|architect it|data engineer|data scientist|data analyst"
            "|data architect|machine learning|ml engineer|ai engineer|artificial intelligence"
            "|bi consultant|business intelligence|bi specialist|database administrator|dba"
            "|system administrator|systeembeheerder|sysadmin|netwerkbeheerder"
            "|network engineer|netwerkspecialist|security engineer|cyber security"
            "|cybersecurity|information security|ciso|cio|cto|chief information officer"
            "|chief technology officer|chief data officer|cdo|helpdesk|service desk"
            "|servicedesk|it support|support engineer|applicatiebeheerder"
            "|functioneel beheerder|technisch beheerder|werkplekbeheerder|sap consultant|sap"
            "|salesforce consultant|salesforce|dynamics|oracle|erp consultant|crm consultant"
            "|scrum master|product owner|agile coach|tester|test engineer|test automation"
            "|qa engineer|quality assurance engineer|ux designer|ui designer|ux|ui"
            "|web developer|webdeveloper|mobile developer|ios developer|android developer"
            "|java|java developer|python|python developer|net developer|php developer"
            "|javascript|react|angular|kubernetes|linux|microsoft|azure|aws|tech lead"
            "|technical lead|lead developer|engineering manager|head of it"
            "|head of engineering|vp engineering|it auditor|informatiemanager"
            "|informatieanalist|information manager|business analyst|functioneel analist"
            "|functional analyst|requirements engineer|ict coordinator|automatisering"
            "|digital transformation|it projectmanager|it project manager|release manager"
            "|platform engineer|embedded software|firmware engineer|game developer|blockchain"
            "|informatica|ict beheerder|it beheerder|it medewerker"
        ),
        "prefixes": (
            "software|programmeur|developer|ontwikkelaar|systeembeheer|netwerkbeheer"
            "|applicatiebeheer|informatici|informatiemanag|cyber|devops|datascien|dataengine"
            "|data analist|webdevelop|ictbeheer|itbeheer"
        ),
    },
    "finance": {
        "tier": 3,
        "words": (
            "finance|financial|financieel|financien|accountant|register accountant"
            "|accountancy|controller|financial controller|business controller|finance manager"
            "|financial manager|financieel manager|financieel directeur|cfo"
            "|chief financial officer|treasurer|treasury|boekhouder|bookkeeper|administrateur"
            "|financieel administrateur|financial administrator|crediteurenadministratie"
            "|debiteurenbeheer|credit controller|credit manager|accounts payable"
            "|accounts receivable|fiscalist|belastingadviseur|tax advisor|tax consultant"
            "|tax manager|tax|auditor|audit|internal audit|external auditor|risk manager"
            "|risk management|compliance officer|compliance|actuary|actuaris"
            "|investment manager|portfolio manager|asset manager|fund manager|analyst finance"
            "|financial analyst|financieel analist|investment banker|banker|bankier"
            "|private banker|hypotheekadviseur|mortgage advisor|financieel adviseur"
            "|financial advisor|financial planner|verzekeringsadviseur|insurance advisor"
            "|underwriter|claims handler|schadebehandelaar|acceptant|equity analyst|trader"
            "|quant|fp a|fp&a|payroll accountant|ra|aa|cpa|acca|cfa|head of finance"
            "|vp finance|finance director|directeur financien"
        ),
        "prefixes": (
            "financ|accountan|controll|boekhoud|administrat|fiscal|belastingadvi|crediteur"
            "|debiteur|hypothe|verzeker|actuar|treasur|audit|pensioen"
        ),
    },
    "legal": {
        "tier": 3,
        "words": (
            "lawyer|attorney|advocaat|advocate|jurist|juriste|legal counsel|legal advisor"
            "|legal adviser|juridisch adviseur|juridisch medewerker|bedrijfsjurist"
            "|general counsel|counsel|paralegal|notaris|notary|kandidaat notaris"
            "|notarieel medewerker|legal|legal officer|legal manager|head of legal|solicitor"
            "|barrister|partner advocaat|advocaat stagiaire|advocaat partner|rechter|judge"
            "|officier van justitie|griffier|gerechtsdeurwaarder|deurwaarder|bailiff|mediator"
            "|privacy officer|data protection officer|dpo|fg|functionaris gegevensbescherming"
            "|octrooigemachtigde|patent attorney|trademark attorney|claims specialist"
            "|legal specialist"
        ),
        "prefixes": "advoca|jurid|notari|juris|rechtsbij|octrooi",
    },
    "marketing": {
        "tier": 3,
        "words": (
            "marketing|marketeer|marketer|marketing manager|marketing director|cmo"
            "|chief marketing officer|online marketeer|online marketing|digital marketing"
            "|digital marketeer|content marketeer|content marketing|content manager"
            "|content creator|social media|social media manager|community manager|seo|sea"
            "|seo specialist|sem|growth hacker|growth marketeer|growth manager|brand manager"
            "|brandmanager|brand|merkmanager|product marketing|productmarketeer"
            "|campaign manager|campagne|communicatie|communicatieadviseur"
            "|communicatie adviseur|communications|corporate communications"
            "|communications manager|communications advisor|pr|public relations|woordvoerder"
            "|spokesperson|perswoordvoerder|press officer|copywriter|tekstschrijver"
            "|event manager|evenementen|events|eventmanager|sponsoring|crm marketeer"
            "|e commerce|ecommerce|e commerce manager|marketing communicatie|marcom"
            "|trade marketing|category marketing|customer insights|marktonderzoek"
            "|market research|market researcher|head of marketing|vp marketing|influencer"
        ),
        "prefixes": (
            "marketing|marketeer|communicatie|communicat|campagne|reclame|copywrit|evenement"
            "|ecommerce"
        ),
    },
    "engineering": {
        "tier": 3,
        "words": (
            "engineer|ingenieur|engineering|mechanical engineer|werktuigbouwkundige"
            "|werktuigbouwkundig|electrical engineer|elektrotechnicus|elektrotechnisch"
            "|civil engineer|civiel ingenieur|process engineer|procesingenieur"
            "|proces engineer|chemical engineer|chemicus|chemist|design engineer|constructeur"
            "|tekenaar|cad tekenaar|draughtsman|technicus|technician|monteur|servicemonteur"
            "|service engineer|field engineer|field service engineer|onderhoudsmonteur"
            "|maintenance engineer|maintenance|onderhoud|installateur|elektricien|electrician"
            "|lasser|welder|machinebouwer|operator|productieoperator|procesoperator|mechanic"
            "|mechanicus|automonteur|technisch specialist|technical specialist"
            "|technisch manager|technical manager|r d|research and development|rd engineer"
            "|product engineer|quality engineer|kwaliteitsingenieur|hardware engineer"
            "|systems engineer|test engineer hardware|mechatronica|mechatronics"
            "|werkvoorbereider|calculator|tekenaar constructeur|technisch directeur"
            "|plant manager|fabrieksmanager|productiemanager|production manager"
            "|manufacturing engineer|industrial engineer"
        ),
        "prefixes": (
            "werktuigbouw|elektrotechn|mechatron|technic|ingenieur|monteur|installat"
            "|onderhouds|constructeur|machinebouw"
        ),
    },
    "operations": {
        "tier": 3,
        "words": (
            "operations|operations manager|operationeel manager|coo|chief operating officer"
            "|supply chain|supply chain manager|logistiek|logistics|logistiek manager"
            "|logistics manager|planner|planning|productieplanner|logistiek medewerker"
            "|magazijn|magazijnmedewerker|warehouse|warehouse manager|orderpicker|heftruck"
            "|heftruckchauffeur|chauffeur|vrachtwagenchauffeur|truck driver|driver|koerier"
            "|courier|bezorger|dispatcher|transportplanner|transport|expediteur"
            "|freight forwarder|customs|douane|inventory|voorraadbeheer|demand planner|s op"
            "|procurement logistics|project manager|projectmanager|projectleider"
            "|project leader|program manager|programmamanager|programme manager"
            "|project coordinator|projectcoordinator|pmo|interim manager|kwaliteitsmanager"
            "|quality manager|qhse|hse|veiligheidskundige|kam coordinator|facility manager"
            "|facilitair manager|facilitair|facilities|lean|six sigma|continuous improvement"
            "|proces manager|procesmanager|procesmanager|business process|bedrijfsbureau"
        ),
        "prefixes": (
            "logistiek|logistic|magazijn|warehouse|supplychain|transportplan|projectleid"
            "|projectmanag|programmamanag|facilitair|kwaliteits"
        ),
    },
    "consulting": {
        "tier": 1,
        "words": (
            "consultant|consulting|consultancy|senior consultant|management consultant"
            "|business consultant|strategy consultant|strategisch adviseur|adviseur|advisor"
            "|adviser|senior adviseur|organisatieadviseur|bedrijfsadviseur|strategy|strategie"
            "|consultant strategy|associate consultant|principal consultant"
            "|managing consultant|partner consulting|interim consultant|change manager"
            "|verandermanager|transitie manager|transformation|coach|business coach|trainer"
            "|trainer coach|facilitator|expert|specialist|analist|analyst"
            "|beleidsadviseur consultancy"
        ),
        "prefixes": "",
        "suffixes": "consultant|adviseur|advisor",
    },
    "education": {
        "tier": 3,
        "words": (
            "teacher|leraar|lerares|docent|docente|onderwijzer|onderwijzeres|juf|meester"
            "|leerkracht|groepsleerkracht|basisschool|basisonderwijs|voortgezet onderwijs"
            "|onderwijs|mentor|schoolleider|directeur basisschool|rector|conrector"
            "|teamleider onderwijs|onderwijsassistent|klassenassistent|remedial teacher"
            "|intern begeleider|zorgcoordinator onderwijs|decaan|studieadviseur"
            "|student advisor|student counselor|studiebegeleider|lecturer|senior lecturer"
            "|hogeschooldocent|hoofddocent|universitair docent|universitair hoofddocent"
            "|professor|hoogleraar|lector|instructor|tutor|onderwijskundige|educational"
            "|education|teaching assistant|docent mbo|docent hbo|kinderopvang"
            "|pedagogisch medewerker|pedagogisch|pedagoog|orthopedagoog|gastouder"
            "|peuterspeelzaal|bso|kdv|leidster|nanny|au pair|opleidingscoordinator"
            "|opleidingsmanager|curriculum|e learning|leraar basisonderwijs|docent engels"
            "|docent nederlands|docent wiskunde|head teacher|headteacher|principal school"
            "|school principal|dean|examinator"
        ),
        "prefixes": (
            "docent|leraar|lerares|onderwijs|leerkracht|pedagog|orthopedagog|hoogleraar"
            "|kinderopvang"
        ),
    },
    "research": {
        "tier": 3,
        "words": (
            "researcher|onderzoeker|research|research scientist|scientist|wetenschapper"
            "|postdoc|post doc|postdoctoral|phd|phd candidate|phd researcher|phd student"
            "|promovendus|aio|oio|research assistant|onderzoeksassistent|research fellow"
            "|fellow|principal investigator|lab technician|laborant|analist lab|laboratory"
            "|laboratorium|biologist|bioloog|physicist|fysicus|mathematician|wiskundige"
            "|statistician|statisticus|economist|econoom|epidemioloog|epidemiologist"
            "|research associate|junior onderzoeker|senior onderzoeker|visiting scholar"
        ),
        "prefixes": "onderzoek|wetenschap|laborat|promovend|postdoc",
    },
    "healthcare": {
        "tier": 3,
        "words": (
            "nurse|verpleegkundige|verpleegkundig|verpleger|verpleegster|wijkverpleegkundige"
            "|ic verpleegkundige|ok assistent|anesthesiemedewerker|doktersassistent|doctor"
            "|arts|huisarts|specialist ouderengeneeskunde|medisch specialist|physician|gp"
            "|general practitioner|surgeon|chirurg|cardioloog|cardiologist|internist"
            "|anesthesist|anaesthetist|radioloog|radiologist|psychiater|psychiatrist"
            "|neuroloog|kinderarts|gynaecoloog|oncoloog|dermatoloog|orthopeed|uroloog"
            "|longarts|oogarts|kno arts|aios|anios|coassistent|basisarts|tandarts|dentist"
            "|mondhygienist|tandartsassistent|orthodontist|apotheker|pharmacist"
            "|apothekersassistent|fysiotherapeut|physiotherapist|physio|ergotherapeut"
            "|occupational therapist|logopedist|speech therapist|dietist|dietician"
            "|podotherapeut|psycholoog|psychologist|gz psycholoog|psychotherapeut|therapist"
            "|therapeut|verzorgende|verzorgende ig|helpende|zorgmedewerker|zorg|care"
            "|caregiver|carer|healthcare|health care|zorgcoordinator|zorgmanager"
            "|teamleider zorg|praktijkondersteuner|poh|verloskundige|midwife|kraamverzorgende"
            "|ambulanceverpleegkundige|paramedic|ambulance|radiodiagnostisch laborant|medical"
            "|medisch|klinisch|clinical|clinician|patient|care manager|thuiszorg"
            "|gehandicaptenzorg|jeugdzorg|ggz|maatschappelijk werker|social worker"
            "|sociaal werker|begeleider|woonbegeleider|ambulant begeleider"
            "|persoonlijk begeleider|activiteitenbegeleider|dierenarts|veterinarian"
            "|optometrist|opticien|audicien|osteopaat|chiropractor|huidtherapeut"
            "|verpleeghuisarts"
        ),
        "prefixes": (
            "verpleeg|verzorg|fysiothera|ergothera|logoped|psycholo|psychiat|zorgmedew"
            "|zorgcoord|zorgmanag|kraamverz|tandarts|huisarts|apothe|verlosk|medisch|medical"
            "|healthcare|begeleider|thuiszorg|jeugdzorg"
        ),
    },
    "public_sector": {
        "tier": 3,
        "words": (
            "beleidsmedewerker|beleidsadviseur|beleidsmaker|policy advisor|policy officer"
            "|policy maker|ambtenaar|civil servant|gemeente|gemeenteambtenaar|wethouder"
            "|burgemeester|mayor|gemeenteraadslid|raadslid|councillor|statenlid|gedeputeerde"
            "|kamerlid|tweede kamerlid|member of parliament|mp|minister|staatssecretaris"
            "|griffie|secretaris generaal|directeur generaal|rijksoverheid|overheid"
            "|government|public sector|publieke sector|politieagent|agent van politie"
            "|police officer|politie|police|wijkagent|rechercheur|detective|brandweer"
            "|brandweerman|firefighter|militair|soldier|officer army|luitenant|kapitein"
            "|majoor|kolonel|generaal|defensie|marine|landmacht|luchtmacht"
            "|koninklijke marechaussee|marechaussee|boa|handhaver|toezichthouder|inspecteur"
            "|inspector|diplomat|diplomaat|ambassador|ambassadeur|consul|vergunningverlener"
            "|leerplichtambtenaar|klantmanager werk en inkomen|klantmanager|consulent werk"
            "|uwv|belastingdienst|rijkswaterstaat|waterschap|provincie|ministerie|ministry"
        ),
        "prefixes": (
            "beleidsmedew|beleidsadvis|ambtena|gemeente|politie|brandweer|defensie|overheid"
            "|ministerie|handhav|toezicht"
        ),
    },
    "hospitality": {
        "tier": 3,
        "words": (
            "chef|chef kok|sous chef|kok|cook|zelfstandig werkend kok|keukenhulp|kitchen"
            "|bediening|waiter|waitress|ober|serveerster|barista|bartender|barman|barkeeper"
            "|horeca|hospitality|hotel|hotel manager|receptionist hotel|front office"
            "|front desk|night auditor|housekeeping|huishoudelijk medewerker|schoonmaker"
            "|cleaner|schoonmaak|restaurant manager|restaurantmanager|bedrijfsleider horeca"
            "|bedrijfsleider|catering|cateraar|event catering|food and beverage|f b manager"
            "|sommelier|gastheer|gastvrouw|host|hostess|reisadviseur|travel agent|reisleider"
            "|tour guide|gids|steward|stewardess|flight attendant|cabin crew|purser|pilot"
            "|piloot|horecamedewerker|afwasser|pizzabakker|banketbakker|bakker|slager|butcher"
            "|baker"
        ),
        "prefixes": "horeca|hospitali|restaurant|keuken|schoonma|catering|hotel",
    },
    "retail": {
        "tier": 3,
        "words": (
            "winkelmedewerker|winkelbediende|verkoopmedewerker|verkoopster|shop assistant"
            "|sales associate|retail|retail manager|store manager|storemanager|winkelmanager"
            "|filiaalmanager|filiaalleider|bedrijfsleider winkel|assistent bedrijfsleider"
            "|cashier|kassamedewerker|caissiere|vakkenvuller|shelf stacker|supermarkt"
            "|supermarket|visual merchandiser|merchandiser|merchandising|store|winkel"
            "|winkeleigenaar|shop owner|shop manager|cassiere|afdelingsmanager winkel"
            "|assistant store manager|stylist|personal shopper|fashion advisor|modeadviseur"
            "|kapper|kapster|hairdresser|barber|schoonheidsspecialiste|beautician"
            "|nagelstyliste"
        ),
        "prefixes": "winkel|filiaal|kassa|retail|supermark|kapper|kapster",
    },
    "construction": {
        "tier": 3,
        "words": (
            "uitvoerder|hoofduitvoerder|projectleider bouw|bouwkundige|bouwkundig|bouwmanager"
            "|bouwvakker|timmerman|carpenter|metselaar|bricklayer|stukadoor|plasterer"
            "|schilder|painter|loodgieter|plumber|dakdekker|roofer|tegelzetter|aannemer"
            "|contractor construction|construction|construction manager|site manager|bouw"
            "|bouwbedrijf|bouwprojecten|architect|architecte|architectuur|stedenbouwkundige"
            "|urban planner|landschapsarchitect|kostendeskundige|quantity surveyor|surveyor"
            "|landmeter|grondwerker|machinist|kraanmachinist|stratenmaker|infra"
            "|infrastructure|wegenbouw|civiele techniek|projectontwikkelaar bouw|bim modeller"
            "|bim coordinator|bim|installatietechniek|sloper|steigerbouwer|glazenzetter"
            "|hovenier|gardener|tuinman|hoveniersbedrijf|klusjesman|handyman"
        ),
        "prefixes": (
            "bouwkund|bouwmanag|uitvoerder|timmer|metsel|stukadoor|loodgiet|dakdek|aannem"
            "|stedenbouw|hovenier"
        ),
    },
    "real_estate": {
        "tier": 3,
        "words": (
            "makelaar|real estate|real estate agent|realtor|estate agent|vastgoed"
            "|vastgoedmanager|property manager|vastgoedbeheerder|asset manager vastgoed"
            "|taxateur|appraiser|valuer|woningcorporatie|verhuurmakelaar|aankoopmakelaar"
            "|verkoopmakelaar|makelaar taxateur|projectontwikkelaar|property developer"
            "|development manager|beheerder vastgoed|woonconsulent|verhuurder|verhuur"
            "|leasing consultant|hypotheek en vastgoed"
        ),
        "prefixes": "makelaar|vastgoed|taxat|projectontwikkel",
    },
    "creative": {
        "tier": 3,
        "words": (
            "designer|ontwerper|graphic designer|grafisch ontwerper|grafisch vormgever"
            "|vormgever|art director|creative director|creatief directeur|creative|creatief"
            "|illustrator|illustrator|animator|motion designer|video editor|editor|redacteur"
            "|eindredacteur|hoofdredacteur|editor in chief|journalist|journaliste|reporter"
            "|verslaggever|correspondent|columnist|schrijver|writer|author|auteur"
            "|photographer|fotograaf|filmmaker|cameraman|regisseur|director film|producer"
            "|producent|presentator|presenter|host radio|dj|musician|muzikant|artiest|artist"
            "|kunstenaar|acteur|actrice|actor|actress|zanger|zangeres|singer|dancer|danser"
            "|danseres|interieurarchitect|interior designer|fashion designer|modeontwerper"
            "|product designer|industrieel ontwerper|industrial designer|game designer"
            "|content producer|podcast|vertaler|translator|tolk|interpreter"
        ),
        "prefixes": (
            "ontwerp|vormgev|fotogra|redacteur|journalis|illustra|regisseu|muzik|kunsten|vertal"
        ),
    },
    "administrative": {
        "tier": 3,
        "words": (
            "secretaresse|secretaris|secretary|office manager|officemanager"
            "|management assistant|managementassistent|executive assistant|personal assistant"
            "|pa|directiesecretaresse|directieassistent|administratief medewerker"
            "|administratief|administratieve kracht|administrative assistant|office assistant"
            "|receptionist|receptioniste|baliemedewerker|telefoniste|front office medewerker"
            "|klantenservice|klantenservicemedewerker|customer service|customer service agent"
            "|customer support|customer care|callcenter|call center|callcentermedewerker"
            "|contact center|klantcontact|klantadviseur|servicemedewerker|data entry|typist"
            "|documentalist|archivaris|archivist|medewerker backoffice|backoffice|back office"
            "|medewerker frontoffice|frontoffice|notulist|planner secretariaat|secretariaat"
            "|teamassistent|team assistant|office support|postkamer"
        ),
        "prefixes": (
            "secretar|receptionist|klantenservice|callcent|administratief|backoffice"
            "|frontoffice|managementassist|directiesecret"
        ),
    },
    "management": {
        "tier": 1,
        "words": (
            "ceo|chief executive officer|managing director|md|general manager"
            "|algemeen directeur|algemeen manager|directeur|director|directrice|president"
            "|vice president|vp|eigenaar|co owner|mede eigenaar|founder|co founder|cofounder"
            "|oprichter|mede oprichter|medeoprichter|managing partner|senior partner"
            "|entrepreneur|ondernemer|bestuurder|board member|bestuurslid|raad van bestuur"
            "|raad van commissarissen|commissaris|supervisory board|non executive director"
            "|chairman|voorzitter|chair|dga|directeur eigenaar|statutair directeur|head|hoofd"
            "|manager|teamleider|team leader|teamlead|team lead|teammanager|leidinggevende"
            "|supervisor|afdelingshoofd|afdelingsmanager|department manager|unit manager"
            "|unitmanager|vestigingsmanager|branch manager|regiomanager|regional manager"
            "|cluster manager|clustermanager|sectorhoofd|divisiedirecteur"
            "|business unit manager|bu manager|executive|c level|leadership|management"
            "|interim directeur|zzp manager|chief|officer|equity partner|vennoot|owner at"
            "|business owner|owner founder|founder owner|shop owner"
        ),
        "prefixes": "directeur|teamleid|leidinggev|afdelingshoofd|vestigingsmanag|regiomanag",
        "suffixes": "manager|directeur|director|sleider|mleider|tleider|lleider|pleider|kleider|gleider|dleider|leidster|hoofd",
    },
    "student": {
        "tier": 4,
        "words": (
            "student|studente|scholier|pupil|leerling|masterstudent|master student"
            "|bachelorstudent|bachelor student|hbo student|mbo student|wo student"
            "|student bedrijfskunde|student rechten|student geneeskunde|student economie"
            "|studying|studeert|graduate student|undergraduate|undergrad|werkstudent"
            "|afstudeerder|afstudeerstagiair|stagiair|stagiaire|intern|internship"
            "|student assistant|studentassistent|student at|student aan|eerstejaars|freshman"
            "|sophomore|alumnus|alumna|exchange student|uitwisselingsstudent|stage bij"
            "|stage at|meewerkstage|afstudeerstage|snuffelstage|stagiair bij"
        ),
        "prefixes": "studente|masterstud|bachelorstud|stagiair|afstudeer",
    },
    "retired": {
        "tier": 4,
        "words": (
            "retired|gepensioneerd|gepensioneerde|met pensioen|pensioen|pensionado|pensionair"
            "|rentenier|emeritus|retiree|vut|genieten van pensioen|enjoying retirement"
            "|retirement"
        ),
        "prefixes": "gepensioneer|rentenier",
    },
    "jobseeker": {
        "tier": 2,
        "words": (
            "werkzoekend|werkzoekende|werkloos|unemployed|looking for work|looking for a job"
            "|looking for a new job|looking for new opportunities|looking for opportunities"
            "|seeking opportunities|seeking new opportunities|open to work|open for work"
            "|op zoek naar werk|op zoek naar een baan|op zoek naar een nieuwe uitdaging"
            "|op zoek naar nieuwe uitdaging|beschikbaar|available|available for work"
            "|between jobs|tussen twee banen|career break|sabbatical|job seeker|jobseeker"
            "|in transition|herorientatie|new opportunities|nieuwe uitdaging"
        ),
        "prefixes": "werkzoek",
    },
    "homemaker": {
        "tier": 2,
        "words": (
            "huisvrouw|huisman|homemaker|housewife|househusband|stay at home mom"
            "|stay at home dad|stay at home mother|stay at home parent|full time mom"
            "|fulltime moeder|mantelzorger|caretaker family|ouderschapsverlof|parental leave"
        ),
        "prefixes": "",
    },
    "volunteer": {
        "tier": 3,
        "words": (
            "vrijwilliger|volunteer|vrijwilligerswerk|volunteering|vrijwillige medewerker"
            "|volunteer at|vrijwilliger bij"
        ),
        "prefixes": "vrijwillig",
    },
}

# Whole titles (folded) whose usual reading misleads: they win outright.
TITLE_EXCEPTIONS: dict[str, str] = {
    "advocaat stagiaire": "legal",
    "advocaat stagiair": "legal",
    "advocaat stagiaire bij": "legal",
    "student recruiter": "recruitment",
    "student recruitment officer": "recruitment",
    "student advisor": "education",
    "studentenadviseur": "education",
    "student counselor": "education",
    "studentendecaan": "education",
    "hr student": "student",
    "hiring manager": "hr",
    "account manager it": "sales",
    "it account manager": "sales",
    "it sales": "sales",
    "it recruiter": "recruitment",
    "it inkoper": "purchasing",
    "ict inkoper": "purchasing",
    "it buyer": "purchasing",
    "finance recruiter": "recruitment",
    "recruiter finance": "recruitment",
    "sales recruiter": "recruitment",
    "legal recruiter": "recruitment",
    "medical recruiter": "recruitment",
    "zorg recruiter": "recruitment",
    "recruiter zorg": "recruitment",
    "hr recruiter": "recruitment",
    "recruiter it": "recruitment",
    "ex recruiter": "recruitment",
    "intern begeleider": "education",
    "owner": "management",
    "eigenaar": "management",
    "partner": "management",
}

# Seniority: executive > manager > senior > junior (same matching rules as the families).
SENIORITY_WORDS: dict[str, dict] = {
    "executive": {
        "tier": 4,
        "words": (
            "ceo|cfo|cto|coo|cio|cmo|chro|cpo|cro|cdo|ciso|chief|c level|managing director|md"
            "|general manager|algemeen directeur|directeur|director|directrice|president"
            "|vice president|vp|svp|evp|eigenaar|co owner|founder|co founder|cofounder"
            "|oprichter|medeoprichter|mede oprichter|managing partner|senior partner"
            "|bestuurder|board member|bestuurslid|raad van bestuur|commissaris|chairman"
            "|voorzitter|dga|statutair directeur|head of|executive director|country manager"
            "|divisiedirecteur|rector|burgemeester|wethouder|hoogleraar|professor"
            "|equity partner|vennoot|owner at|business owner|shop owner"
        ),
        "prefixes": "directeur|eigenaar|oprichter",
    },
    "manager": {
        "tier": 2,
        "words": (
            "manager|teamleider|team leader|teamlead|team lead|teammanager|leidinggevende"
            "|supervisor|afdelingshoofd|afdelingsmanager|department manager|unit manager|lead"
            "|leider|coordinator|coördinator|coordinerend|hiring manager|project manager"
            "|projectleider|program manager|programmamanager|office manager|bedrijfsleider"
            "|filiaalmanager|store manager|chef|meewerkend voorman|voorman|ploegleider"
            "|shift leader|shift manager|foreman|uitvoerder|hoofduitvoerder|hoofd"
        ),
        "prefixes": "teamleid|leidinggev|afdelingshoofd|coordinat",
        "suffixes": "manager|sleider|mleider|tleider|lleider|pleider|kleider|gleider|dleider|leidster|directeur|director",
    },
    "senior": {
        "tier": 1,
        "words": "senior|sr|principal|expert|ervaren|experienced|medior",
        "prefixes": "",
    },
    "junior": {
        "tier": 1,
        "words": (
            "junior|jr|trainee|graduate|starter|assistant|assistent|aankomend|leerling"
            "|apprentice|associate|entry level|werkstudent|stagiair|stagiaire|intern"
            "|internship|student"
        ),
        "prefixes": "stagiai",
    },
    # "manager" in these titles names a portfolio, not people managed: no seniority
    "none": {
        "tier": 3,
        "words": (
            "account manager|accountmanager|key account manager|relationship manager"
            "|relatiemanager|customer success manager|partner manager|channel manager"
            "|community manager|social media manager|content manager|case manager|casemanager"
            "|product owner|business partner|people partner|talent partner|client manager"
            "|klantmanager|accountmanager binnendienst|accountmanager buitendienst"
            "|begeleider|persoonlijk begeleider|intern begeleider|woonbegeleider"
        ),
    },
}

# Whole titles (folded) with a fixed seniority.
SENIORITY_EXCEPTIONS: dict[str, str] = {
    "owner": "executive",
    "partner": "executive",
    "eigenaar": "executive",
    "business partner": "",
    "hr business partner": "",
    "product owner": "",
}
