"""Functional job-title families, Dutch and English with some German and French (see
:mod:`model.lexicons` and :mod:`model.lexicon_data`). Entries are folded like titles are:
lower case, no accents, punctuation as spaces ("P&O" → "p o")."""

from __future__ import annotations

WORK_FAMILIES: dict[str, dict] = {
    "recruitment": {
        "tier": 4,
        "words": (
            "recruiter|recruiters|recruitment"
            "|talent acquisition|talent sourcer|sourcer"
            "|sourcing specialist|headhunter|head hunter|executive search|search consultant"
            "|intercedent|intercedente|werving|werving en selectie|werving selectie"
            "|wervingsadviseur|resourcer|resource manager|talent scout|talent partner"
            "|talent advisor|talent manager|recruitment business partner"
            "|account manager recruitment"
            "|campus recruiter|jobcoach|job coach|loopbaanadviseur"
            "|arbeidsbemiddelaar|bemiddelaar|uitzendconsultant"
            "|detacheringsconsultant|staffing consultant|staffing specialist"
            "|talent attraction|employer branding|recruitment marketeer|uitzendconsulent"
            "|uitzendconsulente|recruiterin|recruteur|recruteuse|charge de recrutement"
            "|chargee de recrutement|personalberater|personalvermittler|head of talent"
            "|talent lead|talent director|talent acquisition lead"
            "|recruiting|recruiting coordinator|recruiting manager|recruitment coordinator"
        ),
        "prefixes": "recruit|werving|headhunt|intercedent|talentacqui|uitzendconsult|uitzend",
    },
    "hr": {
        "tier": 4,
        "words": (
            "hr|human resources|hrm|hrbp"
            "|hr consultant|hr generalist|hr specialist"
            "|chief people officer|cpo people|people manager|people partner"
            "|people business partner|people operations|people and culture|people culture"
            "|personeelszaken|personeel en organisatie|po adviseur|p o"
            "|personeelsadviseur|personeelsfunctionaris|hoofd personeelszaken"
            "|salarisadministrateur|salarisadministratie|payroll|payroll specialist"
            "|compensation and benefits|compensation benefits|learning and development"
            "|learning development|l d|opleidingsadviseur|talent development"
            "|talent management|organisational development|organisatieontwikkeling|arbo"
            "|arbeidsdeskundige|verzuimconsulent|bedrijfsarts|employee experience"
            "|hr assistant|hr coordinator|hr controller"
            "|hr analyst|chief hr officer|chro|vp hr|head of hr|head of people"
            "|director of people|ondernemingsraad|personalreferent|personalreferentin"
            "|personalleiter|personalleiterin|personalsachbearbeiter|responsable rh|charge rh"
            "|drh|rh|hr adviseuse|personeelsadviseuse"
        ),
        "prefixes": "personeels|salarisadministr|hrm|payroll",
    },
    "sales": {
        "tier": 4,
        "words": (
            "sales|sales rep"
            "|sales engineer|sales consultant|salesmanager|account manager"
            "|accountmanager|key account|account executive"
            "|account director|business developer|business development"
            "|business development manager|bdm|bdr|sdr|sales development"
            "|commercial manager"
            "|commercial director|commercieel directeur|verkoper|verkoopadviseur"
            "|verkoopleider|verkoopmanager|verkoop binnendienst|binnendienst|buitendienst"
            "|vertegenwoordiger|relatiebeheerder|relatiemanager|relationship manager"
            "|customer success|partner manager|channel manager"
            "|field sales|pre sales|presales|solution sales|new business"
            "|country manager|area manager|regional sales manager|export manager"
            "|tender manager|bid manager|accountmanager binnendienst"
            "|chief revenue officer|cro|head of sales|vp sales"
            "|commercial|commercie|verkoop|vertrieb|vertriebsleiter|vertriebsmitarbeiter"
            "|aussendienst|innendienst|commerciale|ingenieur commercial|charge d affaires"
            "|verkoopster|verkoopadviseuse"
        ),
        "prefixes": (
            "sales|accountmanag|verkoop|accountexecut|businessdevelop|vertegenwoordig"
            "|relatiebeheer|relatiemanag|commerci"
        ),
    },
    "purchasing": {
        "tier": 4,
        "words": (
            "inkoper|inkoop|inkoopmanager|inkoopadviseur|inkoopspecialist|buyer|senior buyer"
            "|purchaser|purchasing|purchase manager|procurement"
            "|procurement specialist|procurement officer|category manager"
            "|category buyer|categorymanager|sourcing manager|strategic sourcing"
            "|contractmanager"
            "|contract manager|leveranciersmanager|supplier manager|vendor manager"
            "|vendor management|aanbesteding|aanbestedingen|tendering"
            "|chief procurement officer|cpo|head of procurement|directeur inkoop"
            "|einkauf|einkaufer|einkauferin|einkaufsleiter|acheteur|acheteuse"
            "|responsable achats"
        ),
        "prefixes": "inkoop|inkoper|procurement|purchas|aanbested",
    },
    "it": {
        "tier": 4,
        "words": (
            "it|ict|it architect"
            "|software|developer|programmer"
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
            "|functioneel beheerder|technisch beheerder|werkplekbeheerder|sap"
            "|salesforce consultant|salesforce|dynamics|oracle|erp consultant|crm consultant"
            "|scrum master|product owner|agile coach|tester|test engineer|test automation"
            "|qa engineer|quality assurance engineer|ux designer|ui designer|ux|ui"
            "|web developer|webdeveloper"
            "|java|python|php developer"
            "|javascript|react|angular|kubernetes|linux|microsoft|azure|aws|tech lead"
            "|technical lead|lead developer|engineering manager"
            "|head of engineering|vp engineering|it auditor|informatiemanager"
            "|informatieanalist|information manager|business analyst|functioneel analist"
            "|functional analyst|requirements engineer|ict coordinator|automatisering"
            "|digital transformation|it projectmanager|it project manager|release manager"
            "|platform engineer|embedded software|firmware engineer|game developer|blockchain"
            "|informatica|ict beheerder|it beheerder|it medewerker|security officer"
            "|security specialist|security analyst|delivery manager|functioneel consultant"
            "|technisch consultant|functioneel ontwerper|technisch ontwerper"
            "|implementatieconsultant|infrastructure engineer|infra engineer|infrastructuur"
            "|netwerkengineer|it infrastructure|informatievoorziening"
            "|it engineer|ict engineer|data analist"
            "|bi developer|webdesigner|softwareentwickler|entwickler|developpeur|developpeuse"
            "|informaticien|informaticienne|informaticus|product manager|productmanager"
            "|technical product manager|product lead|analytics engineer|analytics"
            "|mobile engineer|network administrator|systems administrator|network admin"
            "|it administrator|ict administrator|systems engineer it|penetration tester"
            "|pentester|ethical hacker"
        ),
        "prefixes": (
            "software|programmeur|developer|ontwikkelaar|systeembeheer|netwerkbeheer"
            "|applicatiebeheer|informatici|informatiemanag|cyber|devops|datascien|dataengine"
            "|data analist|webdevelop|ictbeheer|itbeheer|informatievoorz|softwarearchitect"
        ),
    },
    "finance": {
        "tier": 4,
        "words": (
            "finance|financial|financieel|financien|accountant|register accountant"
            "|accountancy|controller"
            "|financial manager|financieel manager|financieel directeur|cfo"
            "|chief financial officer|treasurer|treasury|boekhouder|bookkeeper|administrateur"
            "|financial administrator|crediteurenadministratie"
            "|debiteurenbeheer|credit manager|accounts payable"
            "|accounts receivable|fiscalist|belastingadviseur|tax advisor|tax consultant"
            "|tax manager|tax|auditor|audit|internal audit|external auditor|risk manager"
            "|risk management|compliance|actuary|actuaris"
            "|investment manager|portfolio manager|asset manager|fund manager|analyst finance"
            "|financieel analist|investment banker|banker|bankier"
            "|hypotheekadviseur|mortgage advisor"
            "|financial advisor|financial planner|verzekeringsadviseur|insurance advisor"
            "|underwriter|claims handler|schadebehandelaar|acceptant|equity analyst|trader"
            "|quant|fp a|fp&a|payroll accountant|ra|aa|cpa|acca|cfa|head of finance"
            "|vp finance|finance director|directeur financien|registeraccountant"
            "|kredietanalist|beleggingsadviseur|steuerberater|buchhalter|comptable"
            "|expert comptable|controleur de gestion|assurantieadviseur"
            "|investor|business angel|informal investor|private investor"
            "|investeerder|insurance agent|insurance broker|verzekeringsagent"
            "|assurantietussenpersoon|makelaar in assurantien|wealth manager"
            "|wealth management|vermogensbeheerder|private wealth"
            "|relationship manager private banking"
        ),
        "prefixes": (
            "financ|accountan|controll|boekhoud|administrat|fiscal|belastingadvi|crediteur"
            "|debiteur|hypothe|verzeker|actuar|treasur|audit|pensioen|krediet|belegging"
            "|assurantie"
        ),
        "suffixes": "accountant|boekhouder|administrateur",
    },
    "legal": {
        "tier": 4,
        "words": (
            "lawyer|attorney|advocaat|advocate|jurist|juriste|legal advisor"
            "|legal adviser|bedrijfsjurist"
            "|counsel|paralegal|notaris|notary"
            "|notarieel medewerker|legal|legal manager|head of legal|solicitor"
            "|barrister|partner advocaat|advocaat stagiaire|rechter|judge"
            "|officier van justitie|griffier|gerechtsdeurwaarder|deurwaarder|bailiff|mediator"
            "|privacy officer|data protection officer|dpo|fg|functionaris gegevensbescherming"
            "|octrooigemachtigde|patent attorney|trademark attorney|claims specialist"
            "|legal specialist|rechtsanwalt|rechtsanwaltin|anwalt|avocat|avocate"
            "|juriste d entreprise"
        ),
        "prefixes": "advoca|jurid|notari|juris|rechtsbij|octrooi",
    },
    "marketing": {
        "tier": 4,
        "words": (
            "marketing|marketeer|marketer|marketing director|cmo"
            "|chief marketing officer|online marketing|digital marketing"
            "|digital marketeer|content marketing|content manager"
            "|content creator|social media|community manager|seo|sea"
            "|sem|growth manager"
            "|brandmanager|brand|merkmanager|product marketing|productmarketeer"
            "|campaign manager|campagne|communicatie|communicatieadviseur"
            "|communicatie adviseur|communications|corporate communications"
            "|communications manager|communications advisor|pr|public relations|woordvoerder"
            "|spokesperson|perswoordvoerder|press officer|copywriter|tekstschrijver"
            "|event manager|evenementen|events|eventmanager|sponsoring|crm marketeer"
            "|e commerce|ecommerce|e commerce manager|marketing communicatie|marcom"
            "|trade marketing|category marketing|customer insights|marktonderzoek"
            "|market research|market researcher|vp marketing|influencer"
            "|promotiemedewerker|promotor|brand ambassador|merkambassadeur|growth|growth lead"
            "|content strategist|content strategy|marketing lead"
        ),
        "weak": "strategist",
        "prefixes": (
            "marketing|marketeer|communicatie|communicat|campagne|reclame|copywrit|evenement"
            "|ecommerce|promotie"
        ),
    },
    "engineering": {
        "tier": 4,
        "words": (
            "werktuigbouwkundige|werktuigbouwkundig"
            "|elektrotechnicus|elektrotechnisch|civil engineer|civiel ingenieur"
            "|process engineer|procesingenieur|proces engineer|chemical engineer"
            "|design engineer|constructeur|tekenaar|cad tekenaar|draughtsman|monteur"
            "|servicemonteur|service engineer|field engineer"
            "|onderhoudsmonteur|maintenance|onderhoud|installateur"
            "|elektricien|electrician|lasser|welder|machinebouwer|productieoperator"
            "|procesoperator|mechanic|mechanicus|automonteur|technisch specialist"
            "|technical specialist|technisch manager|technical manager|r d"
            "|research and development|rd engineer|product engineer|quality engineer"
            "|kwaliteitsingenieur|hardware engineer|systems engineer|test engineer hardware"
            "|mechatronica|mechatronics|werkvoorbereider|calculator|tekenaar constructeur"
            "|technisch directeur|plant manager|fabrieksmanager|productiemanager"
            "|production manager|manufacturing engineer|industrial engineer|elektromonteur"
            "|monteur elektra|loodgieter installateur"
        ),
        "weak": (
            "engineer|ingenieur|engineering|technicus|technician|operator|technisch medewerker"
        ),
        "prefixes": (
            "werktuigbouw|elektrotechn|mechatron|technic|ingenieur|monteur|installat"
            "|onderhouds|constructeur|machinebouw"
        ),
        "suffixes": "monteur|technicus",
    },
    "operations": {
        "tier": 4,
        "words": (
            "operations|operationeel manager|coo|chief operating officer"
            "|supply chain|logistiek|logistics|logistiek manager"
            "|logistics manager|planner|planning|productieplanner"
            "|magazijn|magazijnmedewerker|warehouse|orderpicker|heftruck"
            "|heftruckchauffeur|chauffeur|vrachtwagenchauffeur|truck driver|driver|koerier"
            "|courier|bezorger|dispatcher|transportplanner|transport|expediteur"
            "|freight forwarder|customs|douane|inventory|voorraadbeheer|s op"
            "|procurement logistics|project manager|projectmanager|projectleider"
            "|project leader|program manager|programmamanager|programme manager"
            "|project coordinator|projectcoordinator|pmo|kwaliteitsmanager|quality manager"
            "|qhse|hse|veiligheidskundige|kam coordinator|facility manager|facilitair manager"
            "|facilitair|facilities|lean|six sigma|continuous improvement|proces manager"
            "|procesmanager|procesmanager|business process|bedrijfsbureau|douanedeclarant"
            "|beveiliger|security guard|beveiligingsmedewerker|bewaker|projectondersteuner"
            "|projectsecretaris|projectmedewerker|ploegleider|postbode|postman|mailman"
            "|pakketbezorger|maaltijdbezorger"
        ),
        "prefixes": (
            "logistiek|logistic|magazijn|warehouse|supplychain|transportplan|projectleid"
            "|projectmanag|programmamanag|facilitair|kwaliteits|douane|beveilig|project"
        ),
    },
    "education": {
        "tier": 4,
        "words": (
            "teacher|leraar|lerares|docent|docente|onderwijzer|onderwijzeres|juf|meester"
            "|leerkracht|groepsleerkracht|basisschool|basisonderwijs|voortgezet onderwijs"
            "|onderwijs|mentor|schoolleider|rector|conrector"
            "|onderwijsassistent|klassenassistent"
            "|zorgcoordinator onderwijs|decaan|studieadviseur"
            "|student advisor|student counselor|studiebegeleider|lecturer|senior lecturer"
            "|hogeschooldocent|hoofddocent|universitair hoofddocent"
            "|professor|hoogleraar|lector|instructor|tutor|onderwijskundige|educational"
            "|education|teaching assistant|docent mbo|docent hbo|kinderopvang"
            "|pedagogisch|pedagoog|orthopedagoog|gastouder"
            "|peuterspeelzaal|bso|kdv|leidster|nanny|au pair|opleidingscoordinator"
            "|opleidingsmanager|curriculum|e learning|leraar basisonderwijs"
            "|head teacher|headteacher|principal school"
            "|school principal|dean|examinator|opleider|lerarenopleider|praktijkopleider"
            "|werkplekopleider|bijlesdocent|bijles|huiswerkbegeleider|lehrer|lehrerin"
            "|enseignant|enseignante|professeur|sportdocent|docent lichamelijke opvoeding"
            "|gymleraar|gymdocent"
        ),
        "prefixes": (
            "docent|leraar|lerares|onderwijs|leerkracht|pedagog|orthopedagog|hoogleraar"
            "|kinderopvang"
        ),
        "suffixes": "docent|leraar|lerares|leerkracht",
    },
    "research": {
        "tier": 4,
        "words": (
            "researcher|onderzoeker|research|scientist|wetenschapper"
            "|postdoc|post doc|postdoctoral|phd|phd researcher|phd student"
            "|promovendus|aio|oio|onderzoeksassistent|research fellow"
            "|fellow|principal investigator|lab technician|laborant|analist lab|laboratory"
            "|laboratorium|biologist|bioloog|physicist|fysicus|mathematician|wiskundige"
            "|statistician|statisticus|economist|econoom|epidemioloog|epidemiologist"
            "|research associate|junior onderzoeker|senior onderzoeker|visiting scholar"
            "|chemicus|chemist"
        ),
        "prefixes": "onderzoek|wetenschap|laborat|promovend|postdoc",
    },
    "healthcare": {
        "tier": 4,
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
            "|podotherapeut|psycholoog|psychologist|psychotherapeut|therapist"
            "|therapeut|verzorgende|helpende|zorgmedewerker|zorg|care"
            "|caregiver|carer|healthcare|health care|zorgcoordinator|zorgmanager"
            "|praktijkondersteuner|poh|verloskundige|midwife|kraamverzorgende"
            "|ambulanceverpleegkundige|paramedic|ambulance|radiodiagnostisch laborant|medical"
            "|medisch|klinisch|clinical|clinician|patient|care manager|thuiszorg"
            "|gehandicaptenzorg|jeugdzorg|ggz|maatschappelijk werker|social worker"
            "|sociaal werker|begeleider|woonbegeleider"
            "|persoonlijk begeleider|activiteitenbegeleider|dierenarts|veterinarian"
            "|optometrist|opticien|audicien|osteopaat|chiropractor|huidtherapeut"
            "|verpleeghuisarts|doktersassistente|tandartsassistente|apothekersassistente"
            "|verpleging|krankenschwester|pflegekraft|infirmier|infirmiere"
            "|medecin|arzt|arztin|physician assistant|bedrijfsarts"
            "|verzekeringsarts|jeugdhulpverlener|hulpverlener|jongerenwerker"
            "|schuldhulpverlener|zorgconsulent|gezinsvoogd|trajectbegeleider"
            "|participatiecoach|wijkcoach|youth worker|casemanager|case manager"
            "|casemanager dementie|welzijn|welzijnswerker|opbouwwerker|gezinscoach"
            "|jeugdconsulent|wmo consulent|sociaal psychiatrisch verpleegkundige|counselor"
            "|counsellor|counseling|rouwbegeleider"
        ),
        "prefixes": (
            "verpleeg|verzorg|fysiothera|ergothera|logoped|psycholo|psychiat|zorgmedew"
            "|zorgcoord|zorgmanag|kraamverz|tandarts|huisarts|apothe|verlosk|medisch|medical"
            "|healthcare|begeleider|thuiszorg|jeugdzorg|verpleging|doktersassist"
            "|kinderverpleeg|hulpverlen|jeugdhulp|jongerenwerk|schuldhulp|zorgconsul"
            "|gezinsvoog|trajectbegel|participatiecoa|wijkcoa|welzijn"
        ),
    },
    "public_sector": {
        "tier": 4,
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
            "|burgerzaken|publiekszaken|ruimtelijke ordening|planoloog"
            "|stedenbouw|griffier gemeente|raadsgriffier|bestuursadviseur"
            "|ambtelijk secretaris|gemeentesecretaris|legislative|legislative assistant"
            "|parliamentary assistant|beleidsondersteuner"
        ),
        "prefixes": (
            "beleidsmedew|beleidsadvis|ambtena|gemeente|politie|brandweer|defensie|overheid"
            "|ministerie|handhav|toezicht|burgerzak|publiekszak"
        ),
    },
    "hospitality": {
        "tier": 4,
        "words": (
            "chef|chef kok|sous chef|kok|cook|keukenhulp|kitchen"
            "|bediening|waiter|waitress|ober|serveerster|barista|bartender|barman|barkeeper"
            "|horeca|hospitality|hotel|hotel manager|receptionist hotel|front office"
            "|front desk|night auditor|housekeeping|huishoudelijk medewerker|schoonmaker"
            "|cleaner|schoonmaak|restaurant manager|restaurantmanager|bedrijfsleider horeca"
            "|bedrijfsleider|catering|cateraar|event catering|food and beverage|f b manager"
            "|sommelier|gastheer|gastvrouw|host|hostess|reisadviseur|travel agent|reisleider"
            "|tour guide|gids|steward|stewardess|flight attendant|cabin crew|purser|pilot"
            "|piloot|horecamedewerker|afwasser|pizzabakker|banketbakker|bakker|slager|butcher"
            "|baker|barmedewerker|horecamedewerkster"
        ),
        "prefixes": "horeca|hospitali|restaurant|keuken|schoonma|catering|hotel|barmedew|bedienings",
    },
    "retail": {
        "tier": 4,
        "words": (
            "winkelmedewerker|winkelbediende|verkoopmedewerker|verkoopster|shop assistant"
            "|sales associate|retail|storemanager|winkelmanager"
            "|filiaalmanager|filiaalleider|bedrijfsleider winkel|assistent bedrijfsleider"
            "|cashier|kassamedewerker|caissiere|vakkenvuller|shelf stacker|supermarkt"
            "|supermarket|merchandiser|merchandising|store|winkel"
            "|winkeleigenaar|shop owner|shop manager|cassiere|afdelingsmanager winkel"
            "|assistant store manager|stylist|personal shopper|fashion advisor|modeadviseur"
            "|kapper|kapster|hairdresser|barber|schoonheidsspecialiste|beautician"
            "|nagelstyliste"
        ),
        "prefixes": "winkel|filiaal|kassa|retail|supermark|kapper|kapster",
    },
    "construction": {
        "tier": 4,
        "words": (
            "uitvoerder|hoofduitvoerder|projectleider bouw|bouwkundige|bouwkundig|bouwmanager"
            "|bouwvakker|timmerman|carpenter|metselaar|bricklayer|stukadoor|plasterer"
            "|schilder|painter|loodgieter|plumber|dakdekker|roofer|tegelzetter|aannemer"
            "|contractor construction|construction|construction manager|site manager|bouw"
            "|bouwbedrijf|bouwprojecten|architecte|architectuur|stedenbouwkundige"
            "|urban planner|landschapsarchitect|kostendeskundige|quantity surveyor|surveyor"
            "|landmeter|grondwerker|machinist|kraanmachinist|stratenmaker|wegenbouw"
            "|civiele techniek|projectontwikkelaar bouw|bim modeller|bim coordinator|bim"
            "|installatietechniek|sloper|steigerbouwer|glazenzetter|hovenier|gardener|tuinman"
            "|hoveniersbedrijf|klusjesman|handyman"
        ),
        "weak": "architect|architecte",
        "prefixes": (
            "bouwkund|bouwmanag|uitvoerder|timmer|metsel|stukadoor|loodgiet|dakdek|aannem"
            "|stedenbouw|hovenier"
        ),
    },
    "real_estate": {
        "tier": 4,
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
        "tier": 4,
        "words": (
            "designer|ontwerper|graphic designer|grafisch vormgever"
            "|vormgever|art director|creative director|creatief directeur|creative|creatief"
            "|illustrator|illustrator|animator|motion designer|video editor|editor|redacteur"
            "|eindredacteur|hoofdredacteur|editor in chief|journalist|journaliste|reporter"
            "|verslaggever|correspondent|columnist|schrijver|writer|author|auteur"
            "|photographer|fotograaf|filmmaker|cameraman|regisseur|director film|producer"
            "|producent|presentator|presenter|host radio|dj|musician|muzikant|artiest|artist"
            "|kunstenaar|acteur|actrice|actor|actress|zanger|zangeres|singer|dancer|danser"
            "|danseres|interieurarchitect|interior designer|fashion designer|modeontwerper"
            "|industrieel ontwerper|industrial designer|game designer"
            "|content producer|podcast|vertaler|translator|tolk|interpreter|fotografe"
            "|schrijfster|kunstenares|ontwerpster|vertaalster"
        ),
        "prefixes": (
            "ontwerp|vormgev|fotogra|redacteur|journalis|illustra|regisseu|muzik|kunsten|vertal"
        ),
    },
    "administrative": {
        "tier": 4,
        "words": (
            "secretaresse|secretaris|secretary|office manager|officemanager"
            "|management assistant|managementassistent|executive assistant|personal assistant"
            "|pa|directiesecretaresse|directieassistent"
            "|administratief|administratieve kracht|administrative assistant|office assistant"
            "|receptionist|receptioniste|baliemedewerker|telefoniste|front office medewerker"
            "|klantenservice|klantenservicemedewerker|customer service"
            "|customer support|customer care|callcenter|call center|callcentermedewerker"
            "|contact center|klantcontact|klantadviseur|servicemedewerker|data entry|typist"
            "|documentalist|archivaris|archivist|backoffice|back office"
            "|medewerker frontoffice|frontoffice|notulist|planner secretariaat|secretariaat"
            "|teamassistent|team assistant|office support|postkamer|document controller"
            "|documentcontroller|documentbeheerder|administrator|office administrator"
            "|administrative officer|admin|administratie"
        ),
        "prefixes": (
            "secretar|receptionist|klantenservice|callcent|administratief|backoffice"
            "|frontoffice|managementassist|directiesecret"
        ),
    },
    "sports": {
        "tier": 4,
        "words": (
            "personal trainer|sportinstructeur|fitnessinstructeur|fitness instructor|fitness"
            "|zwemleraar|zweminstructeur|yogadocent|yoga teacher|yoga instructor|yoga|pilates"
            "|pilates instructor|sportcoach|sport coach|hockeytrainer|voetbaltrainer"
            "|tennisleraar|tennistrainer|golfprofessional|golf pro|rijinstructeur"
            "|driving instructor|athlete|atleet|topsporter|profvoetballer"
            "|professional football player|football coach|sportmasseur|sportleider"
            "|buurtsportcoach|trainer coach sport|skileraar|ski instructor|dansdocent"
            "|dance teacher"
        ),
        "prefixes": (
            "sportinstruct|fitness|zwemle|zweminstruct|yoga|hockeytrain|voetbaltrain"
            "|tennistrain|tennisle|rijinstruct|sportcoach|dansdoc"
        ),
    },
    "agriculture": {
        "tier": 4,
        "words": (
            "boer|boerin|agrarier|agrarisch ondernemer|melkveehouder|veehouder|varkenshouder"
            "|pluimveehouder|akkerbouwer|tuinder|kweker|teler|bollenkweker|landbouwer|farmer"
            "|dairy farmer|hovenier agrarisch|loonwerker|landbouw|veeteelt|tuinbouw"
            "|glastuinbouw|visser|fisherman|imker|rentmeester"
        ),
        "prefixes": "melkvee|akkerbouw|pluimvee|varkens|landbouw|tuinbouw|glastuinb|bollenkwe",
    },
    "religion": {
        "tier": 4,
        "words": (
            "predikant|dominee|pastor|pastoor|priester|imam|rabbijn|rabbi|pastoraal werker"
            "|geestelijk verzorger|kerkelijk werker|chaplain|minister of religion|reverend"
            "|vicar|zendeling|missionary|ouderling|diaken"
        ),
    },
    "volunteer": {
        "tier": 4,
        "words": (
            "vrijwilliger|volunteer|vrijwilligerswerk|volunteering|vrijwillige medewerker"
            "|volunteer at|vrijwilliger bij|penningmeester|treasurer vereniging"
            "|bestuurslid vereniging|vrijwillig bestuurder"
        ),
        "prefixes": "vrijwillig",
    },
}
