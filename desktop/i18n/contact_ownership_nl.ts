<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Balance of precision and recall over work and private (1 is best)</source>
        <translation>Balans tussen precisie en recall over werk en privé (best: 1)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Nauwkeurigheid</translation>
    </message>
    <message>
        <source>Share of contacts whose suggestion was right</source>
        <translation>Aandeel contacten met een juist voorstel</translation>
    </message>
    <message>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>How well p_work ranks work above private (1 is best, 0.5 is chance)</source>
        <translation>Hoe goed p_work werk boven privé plaatst (best: 1, toeval: 0,5)</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-score</translation>
    </message>
    <message>
        <source>Mean squared error of p_work (0 is best)</source>
        <translation>Gemiddelde kwadratische fout van p_work (best: 0)</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>Kalibratiefout</translation>
    </message>
    <message>
        <source>How far p_work is from the observed share of work (0 is best)</source>
        <translation>Afstand van p_work tot het waargenomen aandeel werk (best: 0)</translation>
    </message>
    <message>
        <source>Employer accuracy</source>
        <translation>Nauwkeurigheid werkgever</translation>
    </message>
    <message>
        <source>Work contacts attributed to the right employer</source>
        <translation>Werkcontacten bij de juiste werkgever ingedeeld</translation>
    </message>
    <message>
        <source>Category accuracy</source>
        <translation>Nauwkeurigheid categorie</translation>
    </message>
    <message>
        <source>Work contacts given the right category</source>
        <translation>Werkcontacten met de juiste categorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>About Contact Ownership</source>
        <translation>Over Contact Ownership</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Per profession</source>
        <translation>Per beroep</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Suggests, for each contact in your export, whether it was acquired privately or for work, for which employer, and why. The suggestions are a starting point for a conversation, not a verdict.</source>
        <translation>Stelt per contact in je export voor of het privé of voor het werk is opgedaan, voor welke werkgever, en waarom. De voorstellen zijn een begin van een gesprek, geen oordeel.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Contact Ownership never opens a network connection. Your contacts, decisions and settings stay on this computer, in a folder only you can read:</source>
        <translation>Contact Ownership maakt nooit een netwerkverbinding. Je contacten, beslissingen en instellingen blijven op deze computer, in een map die alleen jij kunt lezen:</translation>
    </message>
    <message>
        <source>Licence: MIT. The model was trained on generated people only.</source>
        <translation>Licentie: MIT. Het model is alleen getraind op gegenereerde personen.</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Er is nog geen model geladen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Getraind op</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsgegevens</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Flagged for review when p_work is in</source>
        <translation>Gemarkeerd voor beoordeling bij p_work in</translation>
    </message>
    <message>
        <source>Measured quality (held-out people)</source>
        <translation>Gemeten kwaliteit (apart gehouden personen)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Measured on held-out generated people, per profession.</source>
        <translation>Gemeten op apart gehouden gegenereerde personen, per beroep.</translation>
    </message>
    <message>
        <source>{persons} held-out people, {contacts} contacts</source>
        <translation>{persons} apart gehouden personen, {contacts} contacten</translation>
    </message>
    <message>
        <source>{persons} people, {contacts} contacts</source>
        <translation>{persons} personen, {contacts} contacten</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Financial advisor</source>
        <translation>Financieel adviseur</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>HR advisor</source>
        <translation>HR-adviseur</translation>
    </message>
    <message>
        <source>IT consultant</source>
        <translation>IT-consultant</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <translation>Marketingmanager</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Verpleegkundige</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Projectmanager</translation>
    </message>
    <message>
        <source>Real estate agent</source>
        <translation>Makelaar</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Software developer</source>
        <translation>Softwareontwikkelaar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leraar</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>Exports (*.zip *.csv *.vcf *.txt *.tsv *.xlsx *.gz);;All files (*)</source>
        <translation>Exports (*.zip *.csv *.vcf *.txt *.tsv *.xlsx *.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Batch classify</source>
        <translation>Batch-classificatie</translation>
    </message>
    <message>
        <source>Add at least one export or folder.</source>
        <translation>Voeg minstens één export of map toe.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Kies een uitvoermap.</translation>
    </message>
    <message>
        <source>No exports were found in the chosen folders.</source>
        <translation>Geen exports gevonden in de gekozen mappen.</translation>
    </message>
    <message numerus="yes">
        <source>Classifying %n files…</source>
        <translation>
            <numerusform>%n bestand classificeren…</numerusform>
            <numerusform>%n bestanden classificeren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the file being classified finishes first…</source>
        <translation>Annuleren: het bestand dat nu wordt geclassificeerd, wordt eerst afgemaakt…</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Where the classified files and summary.csv go</source>
        <translation>Hier komen de geclassificeerde bestanden en summary.csv</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>How many files are classified at the same time</source>
        <translation>Hoeveel bestanden tegelijk worden geclassificeerd</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Parallelle taken:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Invoer:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Uitvoermap:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Open output fol&amp;der</source>
        <translation>Uitvoermap &amp;openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files done</source>
        <translation>
            <numerusform>{done} van %n bestand klaar</numerusform>
            <numerusform>{done} van %n bestanden klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classified</source>
        <translation>
            <numerusform>%n geclassificeerd</numerusform>
            <numerusform>%n geclassificeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n met waarschuwingen</numerusform>
            <numerusform>%n met waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n geannuleerd</numerusform>
            <numerusform>%n geannuleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: {parts}.</source>
        <translation>Klaar: {parts}.</translation>
    </message>
    <message>
        <source>Summary: {path}</source>
        <translation>Overzicht: {path}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more errors in the table.</source>
        <translation>
            <numerusform>…en nog %n fout in de tabel.</numerusform>
            <numerusform>…en nog %n fouten in de tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add exports</source>
        <translation>Exports toevoegen</translation>
    </message>
    <message>
        <source>Add a folder of exports</source>
        <translation>Map met exports toevoegen</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message numerus="yes">
        <source>(earlier outputs of this program skipped: %n)</source>
        <translation>
            <numerusform>(eerdere uitvoer van dit programma overgeslagen: %n)</numerusform>
            <numerusform>(eerdere uitvoer van dit programma overgeslagen: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (an earlier output of this program)</source>
        <translation>
            <numerusform>%n overgeslagen (eerdere uitvoer van dit programma)</numerusform>
            <numerusform>%n overgeslagen (eerdere uitvoer van dit programma)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not an export)</source>
        <translation>
            <numerusform>%n overgeslagen (geen export)</numerusform>
            <numerusform>%n overgeslagen (geen export)</numerusform>
        </translation>
    </message>
    <message>
        <source>The other files were not run: {reason}</source>
        <translation>De andere bestanden zijn niet verwerkt: {reason}</translation>
    </message>
    <message>
        <source>No file was run: {reason}</source>
        <translation>Geen enkel bestand is verwerkt: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchFileTable</name>
    <message>
        <source>done, with warnings</source>
        <translation>klaar, met waarschuwingen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <source>Output or error</source>
        <translation>Uitvoer of fout</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>skipped: not an export</source>
        <translation>overgeslagen: geen export</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet verwerkt</translation>
    </message>
</context>
<context>
    <name>CareerEditor</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Career and clients</source>
        <translation>Loopbaan en klanten</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Regel {n}</translation>
    </message>
    <message>
        <source>{row}: the company is empty.</source>
        <translation>{row}: het bedrijf is leeg.</translation>
    </message>
    <message>
        <source>{row}: the end month is before the start month.</source>
        <translation>{row}: de eindmaand ligt voor de beginmaand.</translation>
    </message>
    <message>
        <source>Your positions decide which employer a work contact belongs to. Mark the job you have now as current.</source>
        <translation>Je functies bepalen bij welke werkgever een werkcontact hoort. Markeer de baan die je nu hebt als huidig.</translation>
    </message>
    <message>
        <source>&amp;Add position</source>
        <translation>Functie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Open career…</source>
        <translation>Loopbaan &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save career…</source>
        <translation>Loopbaan op&amp;slaan…</translation>
    </message>
    <message>
        <source>Load positions saved earlier (JSON)</source>
        <translation>Eerder opgeslagen functies laden (JSON)</translation>
    </message>
    <message>
        <source>Save these positions to a file (JSON)</source>
        <translation>Deze functies in een bestand opslaan (JSON)</translation>
    </message>
    <message>
        <source>Load &amp;client list…</source>
        <translation>&amp;Klantenlijst laden…</translation>
    </message>
    <message>
        <source>A text or CSV file with one company a line</source>
        <translation>Een tekst- of CSV-bestand met één bedrijf per regel</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <source>This is the job you have now (no end month)</source>
        <translation>Dit is de baan die je nu hebt (geen eindmaand)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No client list loaded (optional: it makes client contacts easier to spot).</source>
        <translation>Geen klantenlijst geladen (optioneel: daarmee vallen klantcontacten beter op).</translation>
    </message>
    <message>
        <source>1 client loaded</source>
        <translation>1 klant geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n clients loaded</source>
        <translation>
            <numerusform>%n klant geladen</numerusform>
            <numerusform>%n klanten geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>uit {file}</translation>
    </message>
    <message>
        <source>Load client list</source>
        <translation>Klantenlijst laden</translation>
    </message>
    <message>
        <source>Client lists (*.txt *.csv);;All files (*)</source>
        <translation>Klantenlijsten (*.txt *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open career</source>
        <translation>Loopbaan openen</translation>
    </message>
    <message>
        <source>Career (*.json)</source>
        <translation>Loopbaan (*.json)</translation>
    </message>
    <message>
        <source>Positions.csv, export or saved career (*.csv *.xlsx *.zip *.json);;All files (*)</source>
        <translation>Positions.csv, export of opgeslagen loopbaan (*.csv *.xlsx *.zip *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save career</source>
        <translation>Loopbaan opslaan</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Werving en selectie</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creatief</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <source>Operations and logistics</source>
        <translation>Operations en logistiek</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bouw</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Vastgoed</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Office and administration</source>
        <translation>Kantoor en administratie</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Landbouw</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religie</translation>
    </message>
    <message>
        <source>What your contacts' titles mean depends on your role; correct it if needed</source>
        <translation>Wat de functies van je contacten betekenen, hangt af van je rol; pas hem aan als dat nodig is</translation>
    </message>
    <message>
        <source>Your ro&amp;le:</source>
        <translation>Je &amp;rol:</translation>
    </message>
    <message>
        <source>From your career: {role} (1 year)</source>
        <translation>Uit je loopbaan: {role} (1 jaar)</translation>
    </message>
    <message>
        <source>From your career: not recognised</source>
        <translation>Uit je loopbaan: niet herkend</translation>
    </message>
    <message numerus="yes">
        <source>From your career: {role} (%n years)</source>
        <translation>
            <numerusform>Uit je loopbaan: {role} (%n jaar)</numerusform>
            <numerusform>Uit je loopbaan: {role} (%n jaar)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use as my career</source>
        <translation>&amp;Gebruik als mijn loopbaan</translation>
    </message>
    <message>
        <source>Copy the suggested employer into the table, to correct and keep</source>
        <translation>Zet de voorgestelde werkgever in de tabel, om te verbeteren en te bewaren</translation>
    </message>
    <message>
        <source>C&amp;lear suggestion</source>
        <translation>Voorstel &amp;wissen</translation>
    </message>
    <message>
        <source>Make suggestions without any career</source>
        <translation>Maak suggesties zonder loopbaan</translation>
    </message>
    <message>
        <source>Use the suggestion &amp;again</source>
        <translation>Gebruik het voorstel &amp;weer</translation>
    </message>
    <message>
        <source>You cleared the career suggested from your network: suggestions are made without a career.</source>
        <translation>Je hebt de loopbaan gewist die uit je netwerk werd voorgesteld: suggesties worden zonder loopbaan gemaakt.</translation>
    </message>
    <message>
        <source>You gave no career, so one was read from your network. It is in use until you change it:</source>
        <translation>Je gaf geen loopbaan op, dus is er een uit je netwerk afgeleid. Die wordt gebruikt tot je hem wijzigt:</translation>
    </message>
    <message>
        <source>probably {company}, {start} – {end}: {n} of your contacts work there, most added in {year}</source>
        <translation>waarschijnlijk {company}, {start} – {end}: {n} van je contacten werken er, de meeste toegevoegd in {year}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>The end could not be read from the export: set it if you know it</source>
        <translation>Het einde kon niet uit de export worden gelezen: vul het in als u het weet</translation>
    </message>
</context>
<context>
    <name>CareerStrip</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbonden op</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>p(work) = {p:.2f}</source>
        <translation>p(werk) = {p:.2f}</translation>
    </message>
    <message>
        <source>uncertain: please check</source>
        <translation>onzeker: graag controleren</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>✓ work</source>
        <translation>✓ werk</translation>
    </message>
    <message>
        <source>✓ private</source>
        <translation>✓ privé</translation>
    </message>
    <message>
        <source>✎ work</source>
        <translation>✎ werk</translation>
    </message>
    <message>
        <source>✎ private</source>
        <translation>✎ privé</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>onzeker</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Attribute this contact to another employer (decides it as work)</source>
        <translation>Dit contact aan een andere werkgever toewijzen (telt dan als werk)</translation>
    </message>
    <message>
        <source>Add a note (kept with your decision)…</source>
        <translation>Notitie toevoegen (blijft bij je beslissing)…</translation>
    </message>
    <message>
        <source>Select a contact to see why it is suggested as work or private.</source>
        <translation>Kies een contact om te zien waarom het als werk of privé wordt voorgesteld.</translation>
    </message>
    <message>
        <source>No contact matches the search and filters. Edit ▸ Clear filters shows all.</source>
        <translation>Geen contact past bij de zoekopdracht en filters. Bewerken ▸ Filters wissen toont ze allemaal.</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Voorstel:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Beoordeling:</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Werkgever:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Connected:</source>
        <translation>Verbonden:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waarom&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On your career&lt;/b&gt;</source>
        <translation>&lt;b&gt;In je loopbaan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beslissingen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <source>no reasons given</source>
        <translation>geen redenen</translation>
    </message>
    <message>
        <source>The red line is when you connected.</source>
        <translation>De rode lijn is het moment van verbinden.</translation>
    </message>
    <message>
        <source>No connection date: decided on company and title only.</source>
        <translation>Geen verbindingsdatum: alleen op bedrijf en functie beoordeeld.</translation>
    </message>
    <message>
        <source>{position} at {company}</source>
        <translation>{position} bij {company}</translation>
    </message>
    <message>
        <source>no company or title</source>
        <translation>geen bedrijf of functie</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>uncertain — please check</source>
        <translation>onzeker — graag controleren</translation>
    </message>
    <message>
        <source>not decided yet (W = work, P = private)</source>
        <translation>nog niet beslist (W = werk, P = privé)</translation>
    </message>
    <message>
        <source>you changed it: {decision}</source>
        <translation>door jou gewijzigd: {decision}</translation>
    </message>
    <message>
        <source>you confirmed: {decision}</source>
        <translation>door jou bevestigd: {decision}</translation>
    </message>
    <message>
        <source>— none (private) —</source>
        <translation>— geen (privé) —</translation>
    </message>
    <message>
        <source>no employer: private</source>
        <translation>geen werkgever: privé</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>onbeslist</translation>
    </message>
    <message>
        <source>undone: {action}</source>
        <translation>ongedaan: {action}</translation>
    </message>
    <message>
        <source>redone: {action}</source>
        <translation>opnieuw: {action}</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>besloten</translation>
    </message>
    <message>
        <source>employer changed</source>
        <translation>werkgever gewijzigd</translation>
    </message>
    <message>
        <source>category changed</source>
        <translation>categorie gewijzigd</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>notitie gewijzigd</translation>
    </message>
    <message>
        <source>decision cleared</source>
        <translation>besluit gewist</translation>
    </message>
    <message>
        <source>p(work) = {p:.2f}</source>
        <translation>p(werk) = {p:.2f}</translation>
    </message>
    <message>
        <source>Change the category (decides the contact)</source>
        <translation>De categorie wijzigen (legt het besluit over het contact vast)</translation>
    </message>
    <message>
        <source>W, P, the employer and the category apply to all of them at once.</source>
        <translation>W, P, de werkgever en de categorie gelden voor allemaal tegelijk.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, company, position…</source>
        <translation>Zoek op naam, bedrijf, functie…</translation>
    </message>
    <message>
        <source>Work and private</source>
        <translation>Werk en privé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Your decision where you made one, else the suggestion</source>
        <translation>Jouw beslissing waar je die nam, anders het voorstel</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Elke categorie</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Alleen gemarkeerd</translation>
    </message>
    <message>
        <source>Contacts the model is unsure about</source>
        <translation>Contacten waarover het model twijfelt</translation>
    </message>
    <message>
        <source>Undecided only</source>
        <translation>Alleen onbeslist</translation>
    </message>
    <message>
        <source>Only contacts connected in this month; click to clear</source>
        <translation>Alleen contacten van deze maand; klik om te wissen</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Werkgever:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>(none: private)</source>
        <translation>(geen: privé)</translation>
    </message>
    <message>
        <source>{month} ✕</source>
        <translation>{month} ✕</translation>
    </message>
    <message>
        <source>Only these contacts; click to show all again</source>
        <translation>Alleen deze contacten; klik om weer alles te tonen</translation>
    </message>
    <message>
        <source>{label} ✕</source>
        <translation>{label} ✕</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Read {n:,} contacts from {name}.</source>
        <translation>{n:,} contacten gelezen uit {name}.</translation>
    </message>
    <message>
        <source>Skipped {n:,} rows: {why}.</source>
        <translation>{n:,} regels overgeslagen: {why}.</translation>
    </message>
    <message>
        <source>{n:,} duplicates (kept, marked).</source>
        <translation>{n:,} dubbele (bewaard, gemarkeerd).</translation>
    </message>
    <message>
        <source>Career: {n} positions found</source>
        <translation>Loopbaan: {n} functies gevonden</translation>
    </message>
    <message>
        <source>, currently at {company}</source>
        <translation>, nu bij {company}</translation>
    </message>
    <message>
        <source>No career found (no Positions.csv): add your jobs in Career ▸ Edit career and clients…</source>
        <translation>Geen loopbaan gevonden (geen Positions.csv): voeg je banen toe via Loopbaan ▸ Loopbaan en klanten bewerken…</translation>
    </message>
    <message>
        <source>Source: {path}</source>
        <translation>Bron: {path}</translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation>Formaat: {format}</translation>
    </message>
    <message>
        <source>Files read: {files}</source>
        <translation>Gelezen bestanden: {files}</translation>
    </message>
    <message>
        <source>Rows read: {n:,}; imported: {m:,}; duplicates: {d:,}</source>
        <translation>Regels gelezen: {n:,}; geïmporteerd: {m:,}; dubbel: {d:,}</translation>
    </message>
    <message>
        <source>Encoding: {enc}; delimiter: {delim!r}; date order: {order}</source>
        <translation>Codering: {enc}; scheidingsteken: {delim!r}; datumvolgorde: {order}</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Overgeslagen regels:</translation>
    </message>
    <message>
        <source>  … and {n:,} more</source>
        <translation>  … en nog {n:,}</translation>
    </message>
    <message>
        <source>LinkedIn data export (zip)</source>
        <translation>LinkedIn-gegevensexport (zip)</translation>
    </message>
    <message>
        <source>LinkedIn data export (folder)</source>
        <translation>LinkedIn-gegevensexport (map)</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <source>LinkedIn connections (Excel workbook)</source>
        <translation>LinkedIn-connecties (Excel-werkmap)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Contacten (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (Excel workbook)</source>
        <translation>Google Contacten (Excel-werkmap)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-contactpersonen (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (Excel workbook)</source>
        <translation>Outlook-contactpersonen (Excel-werkmap)</translation>
    </message>
    <message>
        <source>vCard contacts</source>
        <translation>vCard-contacten</translation>
    </message>
    <message>
        <source>Contact Ownership classification (CSV)</source>
        <translation>Contact Ownership-classificatie (CSV)</translation>
    </message>
    <message>
        <source>Contact Ownership classification (Excel workbook)</source>
        <translation>Contact Ownership-classificatie (Excel-werkmap)</translation>
    </message>
    <message>
        <source>Read 1 contact from {name}.</source>
        <translation>1 contact gelezen uit {name}.</translation>
    </message>
    <message>
        <source>Skipped 1 row: {why}.</source>
        <translation>1 rij overgeslagen: {why}.</translation>
    </message>
    <message>
        <source>1 duplicate (kept, marked).</source>
        <translation>1 dubbele (behouden, gemarkeerd).</translation>
    </message>
    <message>
        <source>Repaired 1 garbled name or title (wrong encoding).</source>
        <translation>1 verminkte naam of functie hersteld (verkeerde codering).</translation>
    </message>
    <message>
        <source>Repaired {n:,} garbled names or titles (wrong encoding).</source>
        <translation>{n:,} verminkte namen of functies hersteld (verkeerde codering).</translation>
    </message>
    <message>
        <source>Career: 1 position found, currently at {company}</source>
        <translation>Loopbaan: 1 functie gevonden, nu bij {company}</translation>
    </message>
    <message>
        <source>Career: {n} positions found, currently at {company}</source>
        <translation>Loopbaan: {n} functies gevonden, nu bij {company}</translation>
    </message>
    <message>
        <source>Career: 1 position found</source>
        <translation>Loopbaan: 1 functie gevonden</translation>
    </message>
</context>
<context>
    <name>ImportReportBar</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Hide this report</source>
        <translation>Dit verslag verbergen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contact Ownership</source>
        <translation>Contact Ownership</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation>Export &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Map openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the bundled &amp;sample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>&amp;Batch classify…</source>
        <translation>&amp;Batch classificeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>B&amp;eoordelen</translation>
    </message>
    <message>
        <source>&amp;Career</source>
        <translation>&amp;Loopbaan</translation>
    </message>
    <message>
        <source>&amp;Edit career and clients…</source>
        <translation>Loopbaan en klanten &amp;bewerken…</translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation>&amp;Tijdlijn tonen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>&amp;Alles exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;work contacts…</source>
        <translation>&amp;Werkcontacten exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;private contacts…</source>
        <translation>&amp;Privécontacten exporteren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;About and model card…</source>
        <translation>&amp;Over en modelkaart…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>The language changes the next time you start.</source>
        <translation>De taal verandert bij de volgende start.</translation>
    </message>
    <message>
        <source>Open export</source>
        <translation>Export openen</translation>
    </message>
    <message>
        <source>Contact exports (*.zip *.csv *.vcf *.txt *.xlsx *.gz);;All files (*)</source>
        <translation>Contactexports (*.zip *.csv *.vcf *.txt *.xlsx *.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Exports and review packages (*.zip *.csv *.vcf *.txt *.xlsx *.gz *.coreview)</source>
        <translation>Exports en beoordelingspakketten (*.zip *.csv *.vcf *.txt *.xlsx *.gz *.coreview)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open export folder</source>
        <translation>Exportmap openen</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} openen…</translation>
    </message>
    <message>
        <source>Reading and classifying {name}</source>
        <translation>{name} lezen en classificeren</translation>
    </message>
    <message>
        <source>{name} — Contact Ownership</source>
        <translation>{name} — Contact Ownership</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} geopend.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} schrijven</translation>
    </message>
    <message>
        <source>Wrote {n:,} contacts to {path}.</source>
        <translation>{n:,} contacten geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Batch classification is not available in this build.</source>
        <translation>Batch classificeren is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <source>S&amp;tored reviews…</source>
        <translation>Be&amp;waarde beoordelingen…</translation>
    </message>
    <message>
        <source>What the model is unsure about</source>
        <translation>Waar het model over twijfelt</translation>
    </message>
    <message>
        <source>The {pct} % most uncertain</source>
        <translation>De {pct} % meest onzekere</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Taal gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;How much to review</source>
        <translation>&amp;Hoeveel beoordelen</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Mark as &amp;work</source>
        <translation>Markeren als &amp;werk</translation>
    </message>
    <message>
        <source>Mark as &amp;private</source>
        <translation>Markeren als &amp;privé</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>&amp;Clear decision</source>
        <translation>Beslissing w&amp;issen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Work (werk): the selected contacts were acquired for work</source>
        <translation>Werk: de gekozen contacten zijn voor het werk opgedaan</translation>
    </message>
    <message>
        <source>Private (privé): the selected contacts are yours</source>
        <translation>Privé: de gekozen contacten zijn van jou</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>Opnieuw &amp;doen: {what}</translation>
    </message>
    <message>
        <source>End of the list: every contact in this view has been seen.</source>
        <translation>Einde van de lijst: elk contact in deze weergave is bekeken.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Contact Ownership</source>
        <translation>Contact Ownership</translation>
    </message>
    <message>
        <source>Open your LinkedIn data export (the zip, or Connections.csv) to see, for every contact, whether it was made for work or privately — and why. Nothing leaves this computer.</source>
        <translation>Open je LinkedIn-gegevensexport (de zip, of Connections.csv) en zie per contact of het voor het werk of privé is gelegd — en waarom. Er verlaat niets deze computer.</translation>
    </message>
    <message>
        <source>Open export…</source>
        <translation>Export openen…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Map openen…</translation>
    </message>
    <message>
        <source>Open the bundled sample</source>
        <translation>Het voorbeeld openen</translation>
    </message>
    <message>
        <source>…or drop a file or folder on this window.</source>
        <translation>…of sleep een bestand of map naar dit venster.</translation>
    </message>
    <message>
        <source>HR: a review package (.coreview) from someone who is leaving opens the same way, for your review.</source>
        <translation>HR: een reviewpakket (.coreview) van iemand die vertrekt, opent op dezelfde manier om te beoordelen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Connections per month</source>
        <translation>Verbindingen per maand</translation>
    </message>
    <message>
        <source>Work and private connections per month, with your positions behind them</source>
        <translation>Werk- en privéverbindingen per maand, met je functies erachter</translation>
    </message>
    <message>
        <source>{month}: 1 connection ({work} work, {private} private)</source>
        <translation>{month}: 1 verbinding ({work} werk, {private} privé)</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n connections ({work} work, {private} private)</source>
        <translation>
            <numerusform>{month}: %n verbinding ({work} werk, {private} privé)</numerusform>
            <numerusform>{month}: %n verbindingen ({work} werk, {private} privé)</numerusform>
        </translation>
    </message>
    <message>
        <source>At {company} ({period})</source>
        <translation>Bij {company} ({period})</translation>
    </message>
    <message>
        <source>Between jobs (or before the first)</source>
        <translation>Tussen banen (of voor de eerste)</translation>
    </message>
    <message>
        <source>Click to show this month's contacts</source>
        <translation>Klik om de contacten van deze maand te tonen</translation>
    </message>
    <message>
        <source>No connection dates to show</source>
        <translation>Geen verbindingsdatums om te tonen</translation>
    </message>
    <message numerus="yes">
        <source>(%n contacts have no date)</source>
        <translation>
            <numerusform>(%n contact heeft geen datum)</numerusform>
            <numerusform>(%n contacten hebben geen datum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date not shown</source>
        <translation>
            <numerusform>%n zonder datum niet getoond</numerusform>
            <numerusform>%n zonder datum niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Joined LinkedIn</source>
        <translation>Aangemeld bij LinkedIn</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>&lt;b&gt;W&lt;/b&gt; work &amp;nbsp;·&amp;nbsp; &lt;b&gt;P&lt;/b&gt; private &amp;nbsp;·&amp;nbsp; &lt;b&gt;U&lt;/b&gt; skip &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; undo &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; redo &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+R&lt;/b&gt; review flagged &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+F&lt;/b&gt; search &amp;nbsp;·&amp;nbsp; select several rows to decide them at once</source>
        <translation>&lt;b&gt;W&lt;/b&gt; werk &amp;nbsp;·&amp;nbsp; &lt;b&gt;P&lt;/b&gt; privé &amp;nbsp;·&amp;nbsp; &lt;b&gt;U&lt;/b&gt; overslaan &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; ongedaan maken &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; opnieuw &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+R&lt;/b&gt; gemarkeerde beoordelen &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+F&lt;/b&gt; zoeken &amp;nbsp;·&amp;nbsp; kies meerdere regels om ze in één keer te beslissen</translation>
    </message>
    <message>
        <source>Review &amp;flagged</source>
        <translation>&amp;Gemarkeerde beoordelen</translation>
    </message>
    <message>
        <source>Walk through the contacts the model is unsure about</source>
        <translation>Loop de contacten langs waarover het model twijfelt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Restored {n:,} earlier decisions.</source>
        <translation>{n:,} eerdere beslissingen hersteld.</translation>
    </message>
    <message>
        <source>{n:,} earlier decisions no longer match a contact.</source>
        <translation>{n:,} eerdere beslissingen passen niet meer bij een contact.</translation>
    </message>
    <message>
        <source>Classifying again</source>
        <translation>Opnieuw classificeren</translation>
    </message>
    <message>
        <source>Classified again with the edited career.</source>
        <translation>Opnieuw geclassificeerd met de bewerkte loopbaan.</translation>
    </message>
    <message>
        <source>Reviewing flagged contacts: W work, P private, U skip.</source>
        <translation>Gemarkeerde contacten beoordelen: W werk, P privé, U overslaan.</translation>
    </message>
    <message>
        <source>{contacts:,} contacts · {work:,} work · {private:,} private · {flagged:,} flagged · {decided:,} decided</source>
        <translation>{contacts:,} contacten · {work:,} werk · {private:,} privé · {flagged:,} gemarkeerd · {decided:,} beslist</translation>
    </message>
    <message>
        <source>showing {shown:,} of </source>
        <translation>{shown:,} getoond van </translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Verbindingen door de tijd</translation>
    </message>
    <message>
        <source>Walk through the contacts the model is unsure about: each press goes to the next one still undecided</source>
        <translation>Loop de contacten langs waarover het model twijfelt: elke druk gaat naar het volgende contact zonder beslissing</translation>
    </message>
    <message>
        <source>Carried 1 decision over from your earlier export.</source>
        <translation>1 beslissing overgenomen uit je eerdere export.</translation>
    </message>
    <message>
        <source>Carried {n:,} decisions over from your earlier export.</source>
        <translation>{n:,} beslissingen overgenomen uit je eerdere export.</translation>
    </message>
    <message>
        <source>Restored 1 earlier decision.</source>
        <translation>1 eerdere beslissing hersteld.</translation>
    </message>
    <message>
        <source>1 earlier decision no longer matches a contact.</source>
        <translation>1 eerdere beslissing past niet meer bij een contact.</translation>
    </message>
    <message>
        <source>Your edited career and client list are back.</source>
        <translation>Je aangepaste loopbaan en klantenlijst zijn terug.</translation>
    </message>
    <message>
        <source>The reasons are now in the new language.</source>
        <translation>De redenen staan nu in de nieuwe taal.</translation>
    </message>
    <message>
        <source>1 contact is flagged for review.</source>
        <translation>1 contact is gemarkeerd om te beoordelen.</translation>
    </message>
    <message>
        <source>{n:,} contacts are flagged for review.</source>
        <translation>{n:,} contacten zijn gemarkeerd om te beoordelen.</translation>
    </message>
    <message>
        <source>All flagged contacts are decided.</source>
        <translation>Over alle gemarkeerde contacten is beslist.</translation>
    </message>
    <message>
        <source>Reviewing flagged contacts: 1 left. W work, P private, U skip.</source>
        <translation>Gemarkeerde contacten beoordelen: nog 1. W werk, P privé, U overslaan.</translation>
    </message>
    <message>
        <source>Reviewing flagged contacts: {n:,} left. W work, P private, U skip.</source>
        <translation>Gemarkeerde contacten beoordelen: nog {n:,}. W werk, P privé, U overslaan.</translation>
    </message>
    <message>
        <source>Suggestions use a career read from your network instead (probably at {company}): check it under Career ▸ Edit career and clients…</source>
        <translation>De suggesties gebruiken in plaats daarvan een loopbaan uit je netwerk (waarschijnlijk bij {company}): controleer die onder Loopbaan ▸ Loopbaan en klanten bewerken…</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>kandidaat</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>ander werk</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not enough memory to finish. Close other programs and try again.</source>
        <translation>Niet genoeg geheugen om af te ronden. Sluit andere programma's en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Details were written to {path}.</source>
        <translation>De details staan in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). {where}</source>
        <translation>Er ging iets mis ({kind}). {where}</translation>
    </message>
    <message>
        <source>Contact Ownership</source>
        <translation>Contact Ownership</translation>
    </message>
</context>
<context>
    <name>HrPackages</name>
    <message>
        <source>HR review</source>
        <translation>HR-beoordeling</translation>
    </message>
    <message>
        <source>Export review package for HR</source>
        <translation>Reviewpakket voor HR exporteren</translation>
    </message>
    <message>
        <source>Export review &amp;package for HR…</source>
        <translation>Review&amp;pakket voor HR exporteren…</translation>
    </message>
    <message>
        <source>Review packages for HR (*.coreview)</source>
        <translation>Reviewpakketten voor HR (*.coreview)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Preparing the review package</source>
        <translation>Het reviewpakket voorbereiden</translation>
    </message>
    <message>
        <source>Writing the review package</source>
        <translation>Het reviewpakket schrijven</translation>
    </message>
    <message>
        <source>Your name, as the reviewer of {name}. It goes into the audit trail.</source>
        <translation>Je naam, als beoordelaar van {name}. Die komt in het auditspoor.</translation>
    </message>
    <message>
        <source>Review package (*{suffix})</source>
        <translation>Reviewpakket (*{suffix})</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} controleren</translation>
    </message>
    <message>
        <source>Wrote {n} contacts to {path}.</source>
        <translation>{n} contacten geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>HrDetails</name>
    <message>
        <source> — by {who} on {when}</source>
        <translation> — door {who} op {when}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>HR decision</source>
        <translation>Besluit van HR</translation>
    </message>
    <message>
        <source>&amp;Agree with the person (A)</source>
        <translation>&amp;Akkoord met de persoon (A)</translation>
    </message>
    <message>
        <source>&amp;Agree with the suggestion (A)</source>
        <translation>&amp;Akkoord met de suggestie (A)</translation>
    </message>
    <message>
        <source>Keeps: {outcome}</source>
        <translation>Blijft: {outcome}</translation>
    </message>
    <message>
        <source>Work for</source>
        <translation>Werk voor</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Why HR decides otherwise (required)</source>
        <translation>Waarom HR anders besluit (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Af&amp;wijken</translation>
    </message>
    <message>
        <source> · flagged</source>
        <translation> · gemarkeerd</translation>
    </message>
    <message>
        <source>No HR decision yet.</source>
        <translation>Nog geen besluit van HR.</translation>
    </message>
    <message>
        <source>Or override:</source>
        <translation>Of wijk af:</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>geen besluit</translation>
    </message>
    <message>
        <source>HR: {decision}</source>
        <translation>HR: {decision}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>(no employer)</source>
        <translation>(geen werkgever)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Export review package for HR</source>
        <translation>Reviewpakket voor HR exporteren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Jouw besluit</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Jouw notitie</translation>
    </message>
    <message>
        <source>Write package…</source>
        <translation>Pakket schrijven…</translation>
    </message>
    <message>
        <source>Per employer and category:</source>
        <translation>Per werkgever en categorie:</translation>
    </message>
    <message>
        <source>Every contact in the package:</source>
        <translation>Elk contact in het pakket:</translation>
    </message>
</context>
<context>
    <name>HrTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>geen besluit</translation>
    </message>
    <message>
        <source>Flagged: the suggestion is uncertain</source>
        <translation>Gemarkeerd: de suggestie is onzeker</translation>
    </message>
    <message>
        <source>The person decided otherwise than the suggestion</source>
        <translation>De persoon besloot anders dan de suggestie</translation>
    </message>
    <message>
        <source>work: {employer}</source>
        <translation>werk: {employer}</translation>
    </message>
    <message>
        <source>The application&apos;s suggestion and how sure it is (uncertain: flagged for review, or less likely than not); a cell&apos;s tooltip gives p(work) and the reasons</source>
        <translation>De suggestie van de toepassing en hoe zeker die is (onzeker: gemarkeerd voor beoordeling, of minder waarschijnlijk dan niet); de tooltip van een cel geeft p(werk) en de redenen</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off the review</source>
        <translation>De beoordeling aftekenen</translation>
    </message>
    <message>
        <source>Remark for the report (optional)</source>
        <translation>Opmerking voor het rapport (optioneel)</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <source>Sign off as {name}? After signing off, no decision in this review can change.</source>
        <translation>Aftekenen als {name}? Na het aftekenen kan geen besluit in deze beoordeling meer veranderen.</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message>
        <source>HR's work is saved in {path}</source>
        <translation>Het werk van HR wordt bewaard in {path}</translation>
    </message>
    <message>
        <source>Only flagged and disputed contacts</source>
        <translation>Alleen gemarkeerde en betwiste contacten</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Aftekenen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>Rapport exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Export report as &amp;XLSX…</source>
        <translation>Rapport exporteren als &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export work contacts of an &amp;employer…</source>
        <translation>Werkcontacten van een &amp;werkgever exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>B&amp;eoordelen</translation>
    </message>
    <message>
        <source>&amp;Agree and go to the next</source>
        <translation>&amp;Akkoord en naar de volgende</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>A&amp;ftekenen…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>Overdrachtslijst</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Werkgever:</translation>
    </message>
    <message>
        <source>Export work contacts</source>
        <translation>Werkcontacten exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;vCard (*.vcf)</source>
        <translation>CSV (*.csv);;Excel-werkmap (*.xlsx);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Het rapport schrijven</translation>
    </message>
    <message>
        <source>Writing the list</source>
        <translation>De lijst schrijven</translation>
    </message>
    <message>
        <source>HR review of {owner} — Contact Ownership</source>
        <translation>HR-beoordeling van {owner} — Contact Ownership</translation>
    </message>
    <message>
        <source>Signed off by {who} on {when}.</source>
        <translation>Afgetekend door {who} op {when}.</translation>
    </message>
    <message>
        <source>{decided} decided by HR: {agreed} agreed, {overridden} overridden.</source>
        <translation>{decided} besloten door HR: {agreed} akkoord, {overridden} afgeweken.</translation>
    </message>
    <message>
        <source>{n} flagged or disputed contacts still need a decision before you can sign off.</source>
        <translation>{n} gemarkeerde of betwiste contacten hebben nog een besluit nodig voordat je kunt aftekenen.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} geschreven.</translation>
    </message>
    <message>
        <source>Wrote {n} contacts to {path}.</source>
        <translation>{n} contacten geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Withdraw sign-off…</source>
        <translation>Aftekening intrekken…</translation>
    </message>
    <message>
        <source>&amp;Withdraw sign-off…</source>
        <translation>Aftekening &amp;intrekken…</translation>
    </message>
    <message>
        <source>The sign-off is withdrawn; decisions can change again.</source>
        <translation>De aftekening is ingetrokken; besluiten kunnen weer veranderen.</translation>
    </message>
    <message>
        <source>Sign-off withdrawn by {who} on {when}: {note}</source>
        <translation>Aftekening ingetrokken door {who} op {when}: {note}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export all contacts</source>
        <translation>Alle contacten exporteren</translation>
    </message>
    <message>
        <source>Export work contacts (hand-over list)</source>
        <translation>Werkcontacten exporteren (overdrachtslijst)</translation>
    </message>
    <message>
        <source>Export private contacts</source>
        <translation>Privécontacten exporteren</translation>
    </message>
    <message>
        <source>Which contacts?</source>
        <translation>Welke contacten?</translation>
    </message>
    <message>
        <source>All contacts ({n:,})</source>
        <translation>Alle contacten ({n:,})</translation>
    </message>
    <message>
        <source>The contacts this view shows ({n:,})</source>
        <translation>De contacten in deze weergave ({n:,})</translation>
    </message>
    <message>
        <source>The selected contacts ({n:,})</source>
        <translation>De geselecteerde contacten ({n:,})</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>1 contact in this hand-over list is flagged as uncertain and not decided yet. Review it first (Ctrl+R), or export it as the model guessed.</source>
        <translation>1 contact in deze overdrachtslijst is als onzeker gemarkeerd en nog niet beoordeeld. Beoordeel het eerst (Ctrl+R), of exporteer het zoals het model het inschatte.</translation>
    </message>
    <message>
        <source>{n:,} contacts in this hand-over list are flagged as uncertain and not decided yet. Review them first (Ctrl+R), or export them as the model guessed.</source>
        <translation>{n:,} contacten in deze overdrachtslijst zijn als onzeker gemarkeerd en nog niet beoordeeld. Beoordeel ze eerst (Ctrl+R), of exporteer ze zoals het model ze inschatte.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Stored reviews</source>
        <translation>Bewaarde beoordelingen</translation>
    </message>
    <message>
        <source>Each review keeps your decisions and notes on one export in your data folder, on this computer only. Forget the ones you no longer need.</source>
        <translation>Elke beoordeling bewaart je beslissingen en notities over één export in je gegevensmap, alleen op deze computer. Vergeet de beoordelingen die je niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>No stored reviews.</source>
        <translation>Geen bewaarde beoordelingen.</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergeten…</translation>
    </message>
    <message>
        <source>Delete this review's decisions and notes</source>
        <translation>De beslissingen en notities van deze beoordeling verwijderen</translation>
    </message>
    <message>
        <source>(open now)</source>
        <translation>(nu geopend)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>{decided:,} of {total:,} decided</source>
        <translation>{decided:,} van {total:,} beslist</translation>
    </message>
    <message>
        <source>Forget this review?</source>
        <translation>Deze beoordeling vergeten?</translation>
    </message>
    <message>
        <source>Delete the {n:,} decisions and the notes on {name}? This cannot be undone.</source>
        <translation>De {n:,} beslissingen en de notities over {name} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message>
        <source>Decisions not saved</source>
        <translation>Beslissingen niet opgeslagen</translation>
    </message>
    <message>
        <source>This export has decisions that are not saved ({reason}): {n:,} in all. Export them first, or discard them.</source>
        <translation>Deze export heeft beslissingen die niet zijn opgeslagen ({reason}): {n:,} in totaal. Exporteer ze eerst, of gooi ze weg.</translation>
    </message>
    <message>
        <source>Decisions are not saved</source>
        <translation>Beslissingen worden niet bewaard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your decisions are not being saved&lt;/b&gt; ({reason}). They are kept until you close this export: export them to keep them.</source>
        <translation>&lt;b&gt;Je beslissingen worden niet opgeslagen&lt;/b&gt; ({reason}). Ze blijven bewaard tot je deze export sluit: exporteer ze om ze te houden.</translation>
    </message>
</context>
<context>
    <name>PersonalLearning</name>
    <message>
        <source>Show suggestions changed by &amp;my decisions</source>
        <translation>&amp;Door mijn besluiten gewijzigde suggesties tonen</translation>
    </message>
    <message>
        <source>&amp;Apply to all undecided at this company</source>
        <translation>Toepassen op alle onbesliste contacten bij dit &amp;bedrijf</translation>
    </message>
    <message>
        <source>For&amp;get what the suggestions learned from me</source>
        <translation>&amp;Vergeten wat de suggesties van mij leerden</translation>
    </message>
    <message>
        <source>Suggestions return to the shipped model's; your decisions stay</source>
        <translation>De suggesties worden weer die van het meegeleverde model; je besluiten blijven</translation>
    </message>
    <message>
        <source>Could not save what was learned: {problem}</source>
        <translation>Wat geleerd is, kon niet worden bewaard: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by your decisions</source>
        <translation>
            <numerusform>%n gewijzigd door je besluiten</numerusform>
            <numerusform>%n gewijzigd door je besluiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions are the shipped model's again; your decisions are kept.</source>
        <translation>De suggesties zijn weer die van het meegeleverde model; je besluiten blijven bewaard.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message numerus="yes">
        <source>Learned from your decisions: %n suggestion changed (Review ▸ Show…)</source>
        <translation>
            <numerusform>Geleerd van je besluiten: %n suggestie gewijzigd (Beoordelen ▸ Tonen…)</numerusform>
            <numerusform>Geleerd van je besluiten: %n suggesties gewijzigd (Beoordelen ▸ Tonen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from your decisions: %n suggestions changed (Review ▸ Show…)</source>
        <translation>
            <numerusform>Geleerd van je besluiten: %n suggestie gewijzigd (Beoordelen ▸ Tonen…)</numerusform>
            <numerusform>Geleerd van je besluiten: %n suggesties gewijzigd (Beoordelen ▸ Tonen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply “{decision}” to the other undecided contact at {company}</source>
        <translation>
            <numerusform>“{decision}” toepassen op het andere onbesliste contact bij {company}</numerusform>
            <numerusform>“{decision}” toepassen op alle %n onbesliste contacten bij {company}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply “{decision}” to all %n undecided at {company}</source>
        <translation>
            <numerusform>“{decision}” toepassen op het andere onbesliste contact bij {company}</numerusform>
            <numerusform>“{decision}” toepassen op alle %n onbesliste contacten bij {company}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawSignOffDialog</name>
    <message>
        <source>Withdraw the sign-off</source>
        <translation>De aftekening intrekken</translation>
    </message>
    <message>
        <source>Withdraw the sign-off by {who} of {when}? The review opens again for decisions; the sign-off and its withdrawal both stay in the audit trail.</source>
        <translation>De aftekening door {who} van {when} intrekken? De beoordeling gaat weer open voor besluiten; de aftekening en de intrekking blijven allebei in het auditspoor.</translation>
    </message>
    <message>
        <source>Why the sign-off is withdrawn (required)</source>
        <translation>Waarom de aftekening wordt ingetrokken (verplicht)</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Aftekening intrekken</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>— not known: choose one —</source>
        <translation>— onbekend: kies er een —</translation>
    </message>
    <message>
        <source>no employer known for this work contact</source>
        <translation>geen werkgever bekend voor dit werkcontact</translation>
    </message>
    <message>
        <source>A duplicate: the export lists this contact more than once (every row is kept).</source>
        <translation>Een dubbel: de export noemt dit contact meer dan eens (elke regel blijft staan).</translation>
    </message>
</context>
<context>
    <name>CareerStrip</name>
    <message>
        <source>Inferred from your network ({n:,} of your contacts work there), not stated by you</source>
        <translation>Afgeleid uit je netwerk ({n:,} van je contacten werken er), niet door jou opgegeven</translation>
    </message>
    <message>
        <source>{company} (inferred)</source>
        <translation>{company} (afgeleid)</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{company} (inferred)</source>
        <translation>{company} (afgeleid)</translation>
    </message>
    <message>
        <source>Inferred from your network, not stated by you</source>
        <translation>Afgeleid uit je netwerk, niet door jou opgegeven</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>&lt;b&gt;On your career, as inferred from your network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Over je loopbaan, zoals afgeleid uit je netwerk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: read from your network, not stated by you (check it under Career ▸ Edit career and clients…).</source>
        <translation>Gestreept: afgeleid uit je netwerk, niet door jou opgegeven (controleer het onder Loopbaan ▸ Loopbaan en klanten bewerken…).</translation>
    </message>
</context>
<context>
    <name>CareerEditor</name>
    <message>
        <source>From your contacts&apos; titles: {role}</source>
        <translation>Uit de functies van je contacten: {role}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>You gave no career: the package names the employers read from your network ({companies}), marked for HR as inferred, not stated by you. To hand over your own career, enter it under Career ▸ Edit career and clients… first.</source>
        <translation>Je gaf geen loopbaan op: het pakket noemt de werkgevers die uit je netwerk zijn afgeleid ({companies}), voor HR gemarkeerd als afgeleid, niet door jou opgegeven. Wil je je eigen loopbaan overdragen, vul die dan eerst in onder Loopbaan ▸ Loopbaan en klanten bewerken…</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>Opnieuw &amp;doen: {what}</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Ongedaan gemaakt: {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Opnieuw gedaan: {what}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Your earlier review of this export was damaged and could not be read: it is kept as {name} in your data folder, and this review starts over.</source>
        <translation>Je eerdere beoordeling van deze export was beschadigd en kon niet worden gelezen: die is bewaard als {name} in je gegevensmap, en deze beoordeling begint opnieuw.</translation>
    </message>
    <message>
        <source>1 contact · {work:,} work · {private:,} private · {flagged:,} flagged · {decided:,} decided</source>
        <translation>1 contact · {work:,} werk · {private:,} privé · {flagged:,} gemarkeerd · {decided:,} beslist</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wrote 1 contact to {path}.</source>
        <translation>1 contact geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Encoding: {enc}; date order: {order}</source>
        <translation>Codering: {enc}; datumvolgorde: {order}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>No career known: add your jobs in Career ▸ Edit career and clients… to see which job you connected in.</source>
        <translation>Geen loopbaan bekend: voeg je banen toe via Loopbaan ▸ Loopbaan en klanten bewerken… om te zien tijdens welke baan je verbonden bent.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>%n not read (contents cannot be listed)</source>
        <translation>
            <numerusform>%n niet gelezen (een map waarvan de inhoud niet te zien is)</numerusform>
            <numerusform>%n niet gelezen (mappen waarvan de inhoud niet te zien is)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFileTable</name>
    <message>
        <source>skipped: not read</source>
        <translation>overgeslagen: niet gelezen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: work or private</source>
        <translation>Filter: werk of privé</translation>
    </message>
    <message>
        <source>Filter: category</source>
        <translation>Filter: categorie</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>CareerEditor</name>
    <message>
        <source>Positions</source>
        <translation>Functies</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opened only {name}: the app opens one export at a time. Not opened: {names}</source>
        <translation>Alleen {name} geopend: de app opent één export tegelijk. Niet geopend: {names}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Contact Ownership classifier</source>
        <translation>Classificatiemodel van Contact Ownership</translation>
    </message>
    <message>
        <source>generated persons, never real people: {first} from model.synthetic, {second} from the independently written model.synthetic.second</source>
        <translation>gegenereerde personen, nooit echte mensen: {first} uit model.synthetic, {second} uit het onafhankelijk geschreven model.synthetic.second</translation>
    </message>
    <message>
        <source>, {third} from model.synthetic.third</source>
        <translation>, {third} uit model.synthetic.third</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Your edited career and client list are back, updated with {companies} from this newer export.</source>
        <translation>Je aangepaste loopbaan en klantenlijst zijn terug, bijgewerkt met {companies} uit deze nieuwere export.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>-classified</source>
        <comment>file name</comment>
        <translation>-geclassificeerd</translation>
    </message>
    <message>
        <source>-work</source>
        <comment>file name</comment>
        <translation>-werk</translation>
    </message>
    <message>
        <source>-private</source>
        <comment>file name</comment>
        <translation>-prive</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message>
        <source>-report</source>
        <comment>file name</comment>
        <translation>-rapport</translation>
    </message>
</context>
<context>
    <name>PersonalLearning</name>
    <message>
        <source>No decisions left to learn from: the suggestions are the model's again.</source>
        <translation>Geen beslissingen meer om van te leren: de voorstellen zijn weer die van het model.</translation>
    </message>
</context>
<context>
    <name>HrPackages</name>
    <message>
        <source>Wrote 1 contact to {path}.</source>
        <translation>1 contact geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message>
        <source>Wrote 1 contact to {path}.</source>
        <translation>1 contact geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message numerus="yes">
        <source>Package {name} from {owner}: %Ln contacts, verified (every member matches its SHA-256, the audit trail is whole). Reviewer: {reviewer}. {status}</source>
        <translation>
            <numerusform>Pakket {name} van {owner}: %Ln contact, gecontroleerd (elk onderdeel klopt met zijn SHA-256, het auditspoor is heel). Beoordelaar: {reviewer}. {status}</numerusform>
            <numerusform>Pakket {name} van {owner}: %Ln contacten, gecontroleerd (elk onderdeel klopt met zijn SHA-256, het auditspoor is heel). Beoordelaar: {reviewer}. {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flagged or disputed: %Ln contacts, {open} still to decide.</source>
        <translation>
            <numerusform>Gemarkeerd of betwist: %Ln contact, {open} nog te beslissen.</numerusform>
            <numerusform>Gemarkeerd of betwist: %Ln contacten, {open} nog te beslissen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message numerus="yes">
        <source>These %Ln contacts will leave this computer in the package: your work contacts and the contacts flagged for review ({p} of them private), each with its suggestion, reasons and your decision.</source>
        <translation>
            <numerusform>%Ln contact verlaat deze computer in het pakket: je werkcontacten en de contacten die voor beoordeling zijn gemarkeerd ({p} daarvan privé), elk met suggestie, redenen en jouw besluit.</numerusform>
            <numerusform>Deze %Ln contacten verlaten deze computer in het pakket: je werkcontacten en de contacten die voor beoordeling zijn gemarkeerd ({p} daarvan privé), elk met suggestie, redenen en jouw besluit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your other %Ln private contacts stay here: not even their names are written.</source>
        <translation>
            <numerusform>Je andere %Ln privécontact blijft hier: zelfs de naam wordt niet geschreven.</numerusform>
            <numerusform>Je andere %Ln privécontacten blijven hier: zelfs hun namen worden niet geschreven.</numerusform>
        </translation>
    </message>
</context>
</TS>
