<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>No career found (no Positions.csv): add your jobs in Career ▸ Edit career…</source>
        <translation>Geen loopbaan gevonden (geen Positions.csv): voeg je banen toe via Loopbaan ▸ Loopbaan bewerken…</translation>
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
        <source>Contact exports (*.zip *.csv *.vcf *.txt);;All files (*)</source>
        <translation>Contactexports (*.zip *.csv *.vcf *.txt);;Alle bestanden (*)</translation>
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
        <translation>Beslissing &amp;wissen</translation>
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
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent&lt;/b&gt;</translation>
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
        <translation>Niet genoeg geheugen om af te ronden. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
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
</TS>
