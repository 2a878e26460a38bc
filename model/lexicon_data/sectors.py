"""Company sectors: words, word-starts and well-known organisation names in company names, in
Dutch and English (see :mod:`model.lexicons`; same matching rules as the title families)."""

from __future__ import annotations

SECTORS: dict[str, dict] = {
    "staffing": {
        "tier": 4,
        "words": (
            "recruitment|recruiting|staffing|uitzendbureau|uitzendorganisatie|uitzend|werving"
            "|werving en selectie|werving selectie|detachering|detacheringsbureau"
            "|executive search|headhunters|headhunting|interim management|personeel"
            "|personeelsdiensten|payrolling|payroll|vacatures|randstad|tempo team|adecco"
            "|manpower|manpowergroup|hays|olympia|yacht|brunel|michael page|page group"
            "|pagegroup|robert walters|robert half|undutchables|start people|luba"
            "|youngcapital|young capital|hobij|tmi|tmi|maandag|house of hr|asa talent"
            "|kelly services|allegis|aerotek|teksystems|harvey nash|huxley|sthree"
            "|computer futures|gi group|synergie|dpa|calco|jobbird|indeed|intelligence group"
            "|werkzoeken|nationale vacaturebank"
        ),
        "weak": "talent|jobs|careers|search|interim",
        "prefixes": "uitzend|recruit|detacher|werving|staffing|headhunt|personeelsdienst",
    },
    "it": {
        "tier": 4,
        "words": (
            "it|ict|software|softwarehouse|techniek digital|cloud|systemen|automatisering"
            "|informatica|computer|computers|cyber|security it|webdesign|saas|solutions it"
            "|hosting|telecom|telecommunicatie|telecommunications|microsoft|google|ibm|oracle"
            "|sap|salesforce|cisco|dell|hp|hewlett packard|intel|amazon web services|aws|meta"
            "|facebook|linkedin|apple|adobe|atlassian|servicenow|capgemini|cgi|atos|ordina"
            "|sogeti|centric|topdesk|afas|visma|unit4|cegeka|conclusion|infosys|tcs"
            "|tata consultancy|wipro|cognizant|hcl|itility|bol com|bol|booking com|booking"
            "|tomtom|asml|nxp|adyen|mollie|picnic|catawiki|elastic|kpn|vodafone|vodafoneziggo"
            "|ziggo|t mobile|odido|tele2|eurofiber|proximus|mendix|nedap|quintor|info support"
            "|xebia|luminis|avanade|inetum|sopra steria|dxc|ntt|ntt data|kyndryl|solvinity"
            "|schuberg philis|channable|backbase|wetransfer|messagebird|elastic"
        ),
        "weak": (
            "data|digital|online|web|internet|app|apps|ai|analytics|tech|technology"
            "|technologies|systems|networks|netwerken"
        ),
        "prefixes": (
            "software|automatiser|informatic|computer|cyber|digital|telecom|datacent"
            "|technolog|webdesign|hosting"
        ),
    },
    "finance": {
        "tier": 4,
        "words": (
            "bank|banking|banken|finance|financial|financiele|financial services|investment"
            "|asset management|vermogensbeheer|wealth|wealth management|private equity"
            "|venture capital|fonds|insurance|insurances|verzekeringen|verzekeraar"
            "|verzekering|assurantien|assurantie|pensioen|pensioenfonds|pensions|lease"
            "|leasing|credit|krediet|hypotheken|hypotheek|mortgages|payments|betalingen"
            "|fintech|trustkantoor|accountants|accountancy|administratiekantoor"
            "|belastingadviseurs|tax|audit|ing|rabobank|abn amro|abn|amro|achmea|aegon|nn"
            "|nationale nederlanden|asr|a s r|triodos|volksbank|sns|sns bank|asn bank"
            "|regiobank|knab|bunq|de nederlandsche bank|dnb|robeco|apg|pggm|nibc|van lanschot"
            "|flow traders|optiver|imc|all options|degiro|lease plan|leaseplan|athlon|ayvens"
            "|interpolis|centraal beheer|ohra|univé|unive|zilveren kruis|vgz|cz|menzis|dsw"
            "|allianz|axa|zurich|generali|deutsche bank|bnp paribas|societe generale"
            "|credit suisse|ubs|goldman sachs|jp morgan|jpmorgan|morgan stanley|citi|citibank"
            "|barclays|hsbc|blackrock|kbc|belfius|argenta|euroclear|euronext|visa|mastercard"
            "|paypal|klarna|ey|pwc|kpmg|bdo|grant thornton|mazars|forvis mazars|rsm"
            "|baker tilly|crowe|kempen co|kempen & co"
        ),
        "weak": "capital|fund|funds|ventures|trust|trading|invest|investments|investors",
        "prefixes": "financ|verzeker|assurant|hypothe|pensioen|vermogens|investment|banking",
    },
    "healthcare": {
        "tier": 4,
        "words": (
            "zorg|zorggroep|zorginstelling|zorgcentrum|zorgcentra|ziekenhuis|ziekenhuizen"
            "|hospital|hospitals|umc|umcg|lumc|radboudumc|erasmus mc|amsterdam umc"
            "|maastricht umc|medisch centrum|medical center|medical centre|medisch|kliniek"
            "|klinieken|clinic|clinics|healthcare|health care|gezondheidszorg|thuiszorg"
            "|verpleeghuis|verpleeghuizen|woonzorg|ouderenzorg|gehandicaptenzorg|jeugdzorg"
            "|ggz|ggd|huisartsenpraktijk|huisarts|huisartsen|tandarts|tandartsen"
            "|tandartspraktijk|dental|apotheek|pharmacy|pharma|pharmaceuticals|farma"
            "|fysiotherapie|fysiotherapiepraktijk|revalidatie|revalidatiecentrum"
            "|rehabilitation|psychiatrie|hospice|kraamzorg|verloskunde|dierenkliniek"
            "|dierenarts|laboratorium|diagnostics|diagnostiek|sanquin|philips healthcare"
            "|antonius|isala|rijnstate|catharina|amphia|maxima mc|mmc|zuyderland"
            "|noordwest ziekenhuisgroep|olvg|ikazia|haga|jeroen bosch|gelre"
            "|deventer ziekenhuis|mst|spaarne gasthuis|tergooi|diakonessenhuis|franciscus"
            "|albert schweitzer|vumc|amc|prinses maxima centrum|buurtzorg|cordaan|amsta"
            "|s heeren loo|parnassia|arkin|gGZ inGeest|lentis|dimence|pro persona|yulius"
            "|novartis|pfizer|roche|janssen|sanofi|gsk|astrazeneca|merck|msd|bayer|abbvie"
            "|organon|mediq|brocacef|benu|meander medisch centrum|meander mc"
        ),
        "weak": "care|health|medical",
        "prefixes": (
            "zorg|ziekenhuis|kliniek|medisch|gezondheid|thuiszorg|verpleeg|revalidat"
            "|fysiother|apothe|tandarts|huisarts|psychiat|healthcare|hospital|pharma|farma"
        ),
    },
    "education": {
        "tier": 4,
        "words": (
            "school|scholen|schools|basisschool|college|lyceum|gymnasium|atheneum"
            "|scholengemeenschap|scholengroep|montessori|montessorischool|daltonschool"
            "|vrije school|kindcentrum|ikc|onderwijs|education|educatie|onderwijsgroep"
            "|universiteit|university|universitair|hogeschool|hogescholen"
            "|university of applied sciences|institute of technology|tu delft|tu eindhoven"
            "|tu e|tue|universiteit utrecht|uva|vu|vrije universiteit|leiden university|rug"
            "|rijksuniversiteit|radboud universiteit|erasmus universiteit|tilburg university"
            "|wageningen university|wur|maastricht university|universiteit twente"
            "|open universiteit|hva|hogeschool van amsterdam|hanze|fontys|avans|inholland"
            "|hogeschool utrecht|saxion|windesheim|zuyd|nhl stenden|breda university|roc|mbo"
            "|hbo|vmbo|havo|vwo|mbo college|da vinci college|kinderopvang|kinderdagverblijf"
            "|bso|peuterspeelzaal|opleidingscentrum|nti|ncoi|loi|duo|nuffic|studenten|student"
            "|obs|pcbs|rkbs|kbs|sbo|cbs de|christelijke basisschool|openbare basisschool"
            "|katholieke basisschool|speciaal onderwijs|vso|praktijkonderwijs"
        ),
        "weak": (
            "training|trainingen|cursus|cursussen|academy|academie|akademie|opleidingen|campus"
        ),
        "prefixes": (
            "school|onderwijs|universit|hogeschool|lyceum|gymnasium|academ|kinderopvang"
            "|kindcentr|scholengem|opleiding"
        ),
    },
    "government": {
        "tier": 4,
        "words": (
            "gemeente|municipality|city of|provincie|province|ministerie|ministry|ministry of"
            "|rijksoverheid|overheid|government|rijks|waterschap|hoogheemraadschap"
            "|rijkswaterstaat|belastingdienst|douane|uwv|svb|duo|cbs|cbr|rdw|kadaster|politie"
            "|nationale politie|police|defensie|ministerie van defensie|koninklijke marine"
            "|landmacht|luchtmacht|marechaussee|brandweer|veiligheidsregio|rechtspraak"
            "|rechtbank|gerechtshof|openbaar ministerie|ind|coa|dji|raad van state"
            "|tweede kamer|eerste kamer|eu|european commission|europese commissie"
            "|european parliament|nato|united nations|verenigde naties|unicef|oecd|rivm|tno"
            "|nwo|knmi|rvo|afm|acm|autoriteit persoonsgegevens|nvwa|state of"
            "|centraal bureau voor de statistiek|omgevingsdienst|rijksdienst|regionaal bureau"
        ),
        "weak": "inspectie|agentschap|autoriteit",
        "prefixes": (
            "gemeente|ministerie|rijksoverheid|overheid|waterschap|provincie|rijkswaterst"
            "|belastingdienst|politie|defensie|hoogheemraad|rijksdienst|omgevingsdienst"
        ),
    },
    "legal": {
        "tier": 4,
        "words": (
            "advocaten|advocatenkantoor|advocaat|advocatuur|law|law firm|lawyers|legal"
            "|attorneys|solicitors|notaris|notarissen|notariaat|notariskantoor|juridisch"
            "|juristen|rechtsbijstand|rechtshulp|deurwaarders|gerechtsdeurwaarders|incasso"
            "|octrooibureau|patent|houthoff|de brauw|de brauw blackstone westbroek|stibbe"
            "|loyens loeff|loyens|nautadutilh|allen overy|a o shearman|clifford chance"
            "|freshfields|linklaters|baker mckenzie|dla piper|simmons simmons|bird bird"
            "|van doorne|pels rijcken|kennedy van der laan|ak advocaten|boekel|dentons"
            "|norton rose|hogan lovells|greenberg traurig|eversheds|lexence|resor|van benthem"
            "|keulen|arag|legal counsel"
        ),
        "prefixes": "advoca|notari|juridi|rechtsbij|deurwaard|octrooi",
    },
    "construction": {
        "tier": 4,
        "words": (
            "bouw|bouwbedrijf|bouwgroep|bouwonderneming|bouwcombinatie|bouwmaatschappij"
            "|construction|constructions|builders|aannemer|aannemersbedrijf|aannemingsbedrijf"
            "|aannemingsmaatschappij|infra|infrastructuur|infrastructure|wegenbouw|civiel"
            "|ingenieursbureau|ingenieurs|architecten|architectenbureau|architects"
            "|architecture|architectuur|installatie|installatietechniek|installaties"
            "|installatiebedrijf|installateur|elektrotechniek|schilders|schildersbedrijf"
            "|timmerbedrijf|timmerfabriek|dakdekkers|loodgieter|sloopbedrijf|steigerbouw"
            "|grondverzet|betonbouw|beton|staalbouw|woningbouw|utiliteitsbouw|renovatie"
            "|projectontwikkeling|bam|heijmans|volkerwessels|ballast nedam|dura vermeer"
            "|van wijnen|boskalis|van oord|strukton|dura|bouwinvest|hurks|janssen de jong"
            "|trebbe|plegt vos|unica|kuijpers|homij|croonwolter dros|spie|equans|arcadis"
            "|witteveen bos|royal haskoningdhv|haskoningdhv|sweco|antea|tauw|movares|fugro"
            "|dhv|besix|bouwmaat|bouwcenter"
        ),
        "weak": "engineering|ingenieurs|techniek",
        "prefixes": (
            "bouw|aannem|infra|installat|architect|ingenieursbur|elektrotechn|schilders"
            "|timmer|dakdek|sloop|steiger|renovat"
        ),
    },
    "logistics": {
        "tier": 4,
        "words": (
            "logistics|logistiek|logistic|transport|transporten|transportbedrijf"
            "|transportation|shipping|freight|cargo|expeditie|forwarding|warehousing"
            "|warehouse|distributie|distribution|distributiecentrum|supply chain|vervoer"
            "|koeriersdienst|courier|parcel|pakket|port of rotterdam|havenbedrijf|terminal"
            "|terminals|container|containers|maritime|maritiem|scheepvaart|rederij|airline"
            "|airlines|aviation|luchtvaart|airport|luchthaven|schiphol|klm|transavia"
            "|martinair|ns|nederlandse spoorwegen|prorail|arriva|connexxion|qbuzz|keolis|gvb"
            "|htm|postnl|dhl|ups|fedex|tnt|gls|dpd|dsv|kuehne nagel|kuehne|nagel|db schenker"
            "|schenker|geodis|ceva|rhenus|bakker logistiek|vos logistics|h essers|essers"
            "|nijhof wassink|jan de rijk|raben|ewals|mainfreight|ct logistics|maersk|msc"
            "|cma cgm|hapag lloyd|ect|apm terminals|uber|bolt|deliveroo|thuisbezorgd"
            "|just eat takeaway|getir|gorillas"
        ),
        "prefixes": (
            "logistie|logistic|transport|expeditie|distributie|vervoer|koerier|scheepva"
            "|luchtvaa|rederij"
        ),
    },
    "energy": {
        "tier": 4,
        "words": (
            "energy|energie|energiebedrijf|solar|zonne energie|zonnepanelen|windenergie"
            "|wind energy|offshore wind|oil|gas|oil and gas|olie|petroleum|petrochemicals"
            "|utilities|nutsbedrijf|netbeheer|netbeheerder|waterstof|hydrogen|renewables"
            "|renewable|duurzaam|duurzame energie|sustainable|warmte|warmtenet|laadpalen"
            "|charging|ev charging|shell|bp|totalenergies|exxonmobil|exxon|esso|chevron|eneco"
            "|vattenfall|nuon|essent|greenchoice|budget energie|engie|rwe|uniper|orsted"
            "|tennet|gasunie|alliander|liander|stedin|enexis|nam|ebn|vopak|gunvor|vitol"
            "|trafigura|sabic|dow|lyondellbasell|air liquide|akzonobel|akzo nobel|nouryon|dsm"
            "|firmenich|dsm firmenich|corbion|evides|vitens|pwn|dunea|brabant water|waternet"
            "|oasen|linde gas"
        ),
        "prefixes": "energ|zonne|windener|petro|netbeh|waterstof|duurzame",
    },
    "media": {
        "tier": 4,
        "words": (
            "media|mediagroep|publishing|publishers|uitgeverij|uitgever|uitgevers|omroep"
            "|broadcasting|broadcast|tv|televisie|television|radio|krant|kranten|newspaper"
            "|news|nieuws|magazine|magazines|tijdschrift|tijdschriften|film|films|producties"
            "|music|muziek|records|advertising|reclame|reclamebureau|communicatiebureau"
            "|communications agency|creative agency|pr bureau|pr agency|marketing agency"
            "|marketingbureau|journalistiek|npo|nos|ntr|vpro|bnnvara|avrotros|kro ncrv|rtl"
            "|rtl nederland|talpa|sbs|dpg media|dpg|mediahuis|telegraaf|nrc|volkskrant|trouw"
            "|parool|fd|het financieele dagblad|sanoma|springer nature|elsevier|relx"
            "|wolters kluwer|bertelsmann|netflix|spotify|videoland|endemol|endemol shine"
            "|banijay|wpp|omnicom|publicis|dentsu|havas|ipg|ogilvy|tbwa|ddb|saatchi|mccann"
            "|bbdo|leo burnett|wieden kennedy|persgroep|de persgroep|hearst|condé nast"
            "|conde nast"
        ),
        "weak": "content|agency|productions|studios|entertainment|games|gaming",
        "prefixes": (
            "omroep|uitgever|mediagroe|reclame|televis|tijdschrift|krant|productiehuis|journalist"
        ),
    },
    "retail": {
        "tier": 4,
        "words": (
            "retail|winkel|winkels|webshop|webwinkel|supermarkt|supermarkten|supermarket"
            "|supermarkets|warenhuis|department store|kleding|clothing|apparel|schoenen|shoes"
            "|boutique|groothandel|wholesale|e commerce|ecommerce|ahold|ahold delhaize"
            "|albert heijn|jumbo|lidl|aldi|dekamarkt|coop|spar|vomar|hoogvliet|poiesz|hema"
            "|action|blokker|kruidvat|etos|trekpleister|bijenkorf|de bijenkorf|c a|c&a|h m|hm"
            "|zara|primark|we fashion|wehkamp|coolblue|mediamarkt|media markt|bcc|ikea"
            "|leen bakker|kwantum|xenos|intratuin|praxis|gamma|karwei|hornbach|decathlon"
            "|intersport|perry sport|bever|anwb winkel|rituals|douglas|ici paris|zeeman|wibra"
            "|big bazar|flying tiger|sostrene grene|kijkshop|bol|amazon|zalando|about you"
            "|shoeby|vero moda|jack jones|scotch soda|g star|g star raw|tommy hilfiger"
            "|calvin klein|pvh|nike|adidas|puma|asics|mango|esprit|costes|america today"
            "|sissy boy|the sting|cool cat|didi|miss etam|hunkemoller|swarovski|pandora"
            "|lucardi|specsavers|pearle|hans anders|eye wish"
        ),
        "weak": "store|stores|shop|shops|outlet|outlets|fashion",
        "prefixes": "retail|winkel|supermark|webshop|webwinkel|warenhuis|fashion|kleding|groothandel",
    },
    "consulting": {
        "tier": 4,
        "words": (
            "consulting|consultancy|consultants|advies|adviesbureau|adviesgroep|adviseurs"
            "|advisory|advisors|partners consulting|management consultants|organisatieadvies"
            "|strategy|strategies|strategie|deloitte|accenture|mckinsey|mckinsey company|bcg"
            "|boston consulting|bain|bain company|kearney|at kearney|oliver wyman"
            "|roland berger|berenschot|twynstra gudde|twynstra|ey|ernst young|pwc"
            "|pricewaterhousecoopers|kpmg|capgemini invent|aon|mercer|willis towers watson"
            "|wtw|gartner|forrester|nielsen|ipsos|kantar|gfk|bearingpoint|zanders|highberg"
            "|m&i partners|m i partners|ictivity|sia partners|magnus red|house of performance"
            "|van aetsveld|andersson elffers felix|aef|ecorys|pblq|sizo|squarewise"
        ),
        "prefixes": "consult|adviesbur|adviesgro|organisatieadv",
    },
    "manufacturing": {
        "tier": 4,
        "words": (
            "manufacturing|industrie|fabriek|fabrieken|factory|machinebouw|machines|machinery"
            "|metaal|metal|metaalbouw|staal|steel|kunststof|kunststoffen|plastics|verpakking"
            "|verpakkingen|packaging|voeding|voedingsmiddelen|dairy|zuivel|bakkerij|brouwerij"
            "|brewery|automotive|aerospace|chemicals|chemie|philips|signify|asml|vdl"
            "|vdl groep|stork|tata steel|nedmag|aperam|heineken|friesland campina"
            "|frieslandcampina|unilever|upfield|jde|jacobs douwe egberts|nestle|danone|cosun"
            "|suiker unie|avebe|vion|royal a ware|a ware|bolletje|verkade|olvarit|nutricia"
            "|zwanenberg|cargill|bunge|darling|kraft heinz|coca cola|pepsico|bavaria|grolsch"
            "|daf|daf trucks|nedcar|vdl nedcar|fokker|gkn|damen|damen shipyards|royal ihc|ihc"
            "|huisman|lely|stork|thales|airbus|boeing|siemens|abb|bosch|schneider electric"
            "|honeywell|3m|dsm|canon|oce|canon production printing|vanderlande|marel|wavin"
            "|aliaxis|rockwool|kingspan|tarkett|forbo|desso|auping|gazelle|batavus|accell"
            "|sparta|koga|vanmoof|cortina"
        ),
        "weak": "food|industries|industrial|industry|production|productie|products",
        "prefixes": (
            "fabriek|productiebe|machinebouw|metaal|kunststof|verpakking|voedingsm|industri"
            "|manufactur|brouwer"
        ),
    },
    "hospitality": {
        "tier": 4,
        "words": (
            "hotel|hotels|restaurant|restaurants|cafe|café|bar|brasserie|bistro|horeca"
            "|catering|caterer|hospitality|resort|resorts|camping|vakantiepark|bungalowpark"
            "|center parcs|landal|roompot|van der valk|fletcher|bilderberg|nh hotels|marriott"
            "|hilton|accor|ihg|radisson|mcdonalds|mcdonald s|burger king|kfc|starbucks"
            "|la place|vapiano|dominos|domino s|new york pizza|sodexo|compass group|albron"
            "|eurest|hmshost|reisbureau|tui|corendon|sunweb|d reizen|airbnb|evenementen"
            "|eventbureau|congrescentrum|jaarbeurs|ahoy|efteling|walibi|artis|blijdorp"
            "|ziggo dome|paradiso|melkweg|theater|schouwburg|bioscoop|pathe|kinepolis"
        ),
        "weak": "events|travel|reizen",
        "prefixes": "restaurant|horeca|hotel|catering|brasserie|vakantiepark|reisbureau",
    },
    "real_estate": {
        "tier": 4,
        "words": (
            "makelaars|makelaardij|makelaar|real estate|vastgoed|realty|woningcorporatie"
            "|woningstichting|woonstichting|woningbouwvereniging|huisvesting|vastgoedbeheer"
            "|projectontwikkelaar|ontwikkelaars|funda|vesteda|cbre|jll|cushman wakefield"
            "|savills|colliers|dtz|ymere|eigen haard|de alliantie|stadgenoot|rochdale|vestia"
            "|woonbron|havensteder|portaal|mitros|bo ex|woonstad|woonzorg nederland|synchroon"
            "|amvest|bouwfonds|redevco|multi vastgoed|unibail|klepierre|wereldhave|nsi"
            "|vastned|hollandsche|era makelaars|nvm"
        ),
        "weak": "wonen|housing|property|properties",
        "prefixes": "makelaar|vastgoed|woningcorp|woningbouw|woonstich|woningstich",
    },
    "nonprofit": {
        "tier": 1,
        "words": (
            "stichting|foundation|vereniging|association|fonds|charity|ngo|non profit"
            "|nonprofit|goede doelen|kerk|church|parochie|moskee|sportvereniging|voetbalclub"
            "|voetbalvereniging|hockeyclub|tennisclub|vakbond|fnv|cnv|vno ncw|mkb nederland"
            "|rode kruis|red cross|leger des heils|salvation army|unicef|amnesty|greenpeace"
            "|wwf|natuurmonumenten|staatsbosbeheer|kwf|hartstichting|oxfam|novib|cordaid"
            "|artsen zonder grenzen|msf|kika|anwb|museum|museums|bibliotheek|library"
        ),
        "prefixes": "stichting|verenigin",
    },
}
