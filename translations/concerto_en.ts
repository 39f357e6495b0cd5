<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Agenda</name>
    <message>
        <source>This case does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: the agenda cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled: choose another session for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has been held or is under way: choose a later session for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations for this session are closed. Choose another session, or add the case anyway if the coordinator agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already on this session&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has already been presented at its session: its fiche holds the decision. Register a new case for a new discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned session&apos;s registrations can be closed or opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 cannot be attached: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is %2, larger than the %3 a case may hold per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is larger than the %2 a case may hold per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthPlace</name>
    <message>
        <source>Born abroad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>the T category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the N category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the M category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TNM prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TNM edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the morphology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comorbidities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WHO status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tumours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other stagings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the fiche of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the case registered on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment proposal (incl. surveillance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From screening, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool, e.g. G8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geriatric screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relapse on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molecular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour (topography and morphology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical TNM of a solid tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geriatric screening from 75 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and comorbidities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and current treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology report conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the patient&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pathological TNM is written p, yp or rp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinical TNM is written c, yc, r or rc (p, yp and rp are pathological).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the TNM edition, e.g. UICC 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ICD-10 topography of the national value set of the fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ICD-O-3 morphology of the national value set of the fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CdaExport</name>
    <message>
        <source>A professional the fiche names (%1) is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no RPPS number in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche is not signed: only a fiche validated by the coordinator is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; belongs to no regional network in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional network &quot;%1&quot; has no national identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no national identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no FINESS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no address (postal code and city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee &quot;%1&quot; has no national identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee &quot;%1&quot; has no appareil or treatment theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no birth name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche does not say who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author of the fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case names no requesting physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s GP is not recorded: name them, or say that the GP is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no tumour: the format requires at least one, with its topography and morphology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour %1 has no ICD-10 topography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour %1 has no ICD-O-3 morphology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal line %1 has no national treatment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is registered without discussion but the fiche names no guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche is in a sync conflict: settle it in Synchronisation first (its server copy and this computer&apos;s differ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signed only applies to fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only signed fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients wants a whole number from 1 to 10,000,000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 patients written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 organisations, %2 professionals, %3 RCPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 sessions (%2 past, %3 upcoming, %4 past without quorum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 patients, %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 fiches (%2 signed, %3 amendments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s; the database file is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add realistic synthetic data: network, RCPs, sessions, patients, cases, fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patients to create (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date of the data (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one INS/NIR (15 characters; quote it if it has spaces): concerto-cli check-ins &quot;2 55 08 14 168 025 38&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid INS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid INS (a provisional number: sex digit %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid INS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether an INS/NIR is valid, and why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS/NIR: 13 characters and the 2-digit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: concerto-cli COMMAND [options]  (concerto-cli COMMAND --help for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on the local database given with --db FILE (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value-set files to import (JDV_*.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  OID %2  version %3  %n concept(s) (replaced the same version)</source>
        <translation>
            <numerusform>%1  OID %2  version %3  %n concept (replaced the same version)</numerusform>
            <numerusform>%1  OID %2  version %3  %n concepts (replaced the same version)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  OID %2  version %3  %n concept(s)</source>
        <translation>
            <numerusform>%1  OID %2  version %3  %n concept</numerusform>
            <numerusform>%1  OID %2  version %3  %n concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was loaded from them.</source>
        <translation>
            <numerusform>%n file refused; nothing was loaded from it.</numerusform>
            <numerusform>%n files refused; nothing was loaded from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load national value sets (IHE SVS XML, JDV_*.xml) with their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value-set files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date wants a date from %1 to %2, such as 2024-03-15, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds records: no demo data added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing when the database already holds any record (even a deleted one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db wants a file name, not an empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments, but was given: %2. Options start with -- (concerto-cli %1 --help lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s), but was given %2: %3. If a value has spaces, quote it (concerto-cli %1 --help).</source>
        <translation>
            <numerusform>&quot;%1&quot; takes %n argument, but was given %2: %3. If a value has spaces, quote it (concerto-cli %1 --help).</numerusform>
            <numerusform>&quot;%1&quot; takes %n arguments, but was given %2: %3. If a value has spaces, quote it (concerto-cli %1 --help).</numerusform>
        </translation>
    </message>
    <message>
        <source>New database created: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database (or upgrade an existing one) and print where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stage group of a TNM for its site (UICC 8, FIGO), or say what is wrong or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-10 topography, e.g. C18.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TNM, e.g. &quot;cT4a cN2b cM0&quot; or pT2N1M0 (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-O-3 morphology, e.g. 8140/3 (oesophagus: squamous or adenocarcinoma; lymphomas, melanoma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prostate: the PSA in ng/mL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prostate: the ISUP grade group, 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oesophagus, pathological: the grade, G1, G2, G3 or GX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oesophagus, squamous, pathological: upper, middle, lower or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: committees, patients, sessions or fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List committees, patients, sessions or fiches: one record a line, id and label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committees, patients, sessions or fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to import: concerto-cli import-patients FILE [--report OUT.csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report wants a file name, not an empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was written for them.</source>
        <translation>
            <numerusform>%n line refused: nothing was written for them.</numerusform>
            <numerusform>%n lines refused: nothing was written for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patients could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients from a CSV file; possible duplicates are marked, never merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 CSV (&apos;;&apos; or &apos;,&apos;), a header naming the columns: ipp, birth_name, used_name, given_names, sex (M/F), birth_date (DD/MM/YYYY or YYYY-MM-DD), birth_place, ins, identity_status (PROV, RECUP, VALI, QUAL). birth_name, given_names, sex and birth_date are required. Exit code 1 when the file or a line was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one line per input line: line,status,patient_id,duplicate_of,reason (imported, to-review, already-present or refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sessions of a period from the committees&apos; schedules, once per committee and day, and report rooms that clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this RCP (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a signed fiche as the national CDA document (FRCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (expected a UUID such as 3f2b8c1e-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fiche and the file: concerto-cli print-fiche FICHE --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session and where to write: concerto-cli print-session SESSION --out DIR [--combined FILE.pdf]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s), the agenda and the attendance sheet written to %1.</source>
        <translation>
            <numerusform>%n fiche, the agenda and the attendance sheet written to %1.</numerusform>
            <numerusform>%n fiches, the agenda and the attendance sheet written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole session written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a fiche RCP as a PDF file (A4, French).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (replaced whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a session&apos;s agenda, attendance sheet and fiches as PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write agenda.pdf, attendance.pdf and one PDF per fiche to (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also (or only) write the whole session as one PDF: agenda, attendance sheet, then every fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity indicators of a period (sessions, fiches, patients, quality, delays, distributions), as a table or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First meeting day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last meeting day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the RCPs of this 3C (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the RCPs of this appareil or organ (JDV_RCP_Appareil or JDV_RCP_Organe code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV (UTF-8 with BOM, &apos;;&apos;) to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the fiche to export: concerto-cli export-cda FICHE --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of a fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out wants the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche cannot be exported in the national format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche version %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the fiche (one version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDA file to write (XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--psa wants a PSA in ng/mL (e.g. 7.5), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade-group wants an ISUP grade group from 1 to 5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade wants G1, G2, G3 or GX, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--location wants upper, middle, lower or X, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a topography and a TNM (quote a TNM with spaces): concerto-cli check-tnm C18.7 &quot;cT4a cN2b cM0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an ICD-10 topography, e.g. C18.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is %2: it depends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no stage group without %2 (it may be %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a date such as 2027-01-31, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period: concerto-cli plan-sessions --from 2027-01-01 --to 2027-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must run forwards and last at most two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--committee wants the id of an RCP (concerto-cli list committees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions of %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RCP has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions made, %2 already planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash: %1 and %2, both in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants the id of %2 (concerto-cli list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity indicators from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period: concerto-cli stats --from 2026-01-01 --to 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organ wants an appareil or organ code of the committees (JDV_RCP_Appareil, JDV_RCP_Organe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  OID %2  already loaded (version %3), left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only load the sets that have no version loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds demo data that was interrupted before it was complete: it is not a whole demo. Make the demo again in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once (%2): give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 in conflict: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) refused or in conflict.</source>
        <translation>
            <numerusform>… and %n more line refused or in conflict.</numerusform>
            <numerusform>… and %n more lines refused or in conflict.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) read: %2 imported, %3 to review (possible duplicates, imported apart), %4 already present, %5 in conflict, %6 refused; in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in conflict with a recorded identity (same INS or IPP, another person): nothing was written for them.</source>
        <translation>
            <numerusform>%n line in conflict with a recorded identity (same INS or IPP, another person): nothing was written for them.</numerusform>
            <numerusform>%n lines in conflict with a recorded identity (same INS or IPP, another person): nothing was written for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder: --out wants the folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: SQLite finds the file damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>schema: %n difference(s) with what this version makes</source>
        <translation>
            <numerusform>schema: %n difference with what this version makes</numerusform>
            <numerusform>schema: %n differences with what this version makes</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: %1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: the table %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: %1 record(s) of %2 have no audit row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not as Concerto left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is as Concerto left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file: integrity, schema and triggers, audit rows of every record; exit code 1 when something is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the database %1 was altered outside Concerto; it is only read, nothing is written to it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --server URL, --ca FILE and --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch is from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set CONCERTO_PASSWORD or give it on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the regional server: push the pending changes, pull the server&apos;s, print what was pushed, pulled and left in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority (PEM) the server&apos;s certificate must come from; the only one trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (password from CONCERTO_PASSWORD, else stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a push and records a pulled page carry (default 500 and 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a line for each pulled page kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the identities that may be the same person: both ids, labels, why, and whether the pair is marked to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how many records were written on this computer only (demo data, never sent to a server); 0 when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: %1 (%2 tables, %3 rows found again in the encrypted copy); the file in clear and its -wal and -shm are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSD may keep the old blocks in clear for a while: full-disk encryption is still advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt a database written in clear (before Concerto encrypted its files): a checked copy replaces it, nothing in clear is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holding the database&apos;s key (64 hexadecimal characters, readable by its owner only), where no system keychain runs; CONCERTO_KEY_FILE names it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-file wants a file name, not an empty text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>tumour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting physician missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting physician missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for presentation missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of diagnosis missing: the case has no tumour yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of diagnosis missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO performance status missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and comorbidities missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test result given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and current treatments missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to the board missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be checked in Concerto yet; check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required by the committee but this version of Concerto does not know it; check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tumour described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topography (ICD-10) missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphology (ICD-O-3) missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical TNM missing: the case has no tumour yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical TNM missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition of the clinical TNM (e.g. UICC 8) missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geriatric screening: the patient&apos;s birth date is unknown, so whether it is needed (from 75) cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geriatric screening (tool and score) missing: the patient is %1 at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology report conclusion missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing before the meeting of %1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case of this session is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requesting physician named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting physician not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>An earlier step of this change failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer version of Concerto (schema %1, this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is opened read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was altered outside Concerto, so it is opened read-only and nothing can be changed. %2 Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: this copy of Concerto runs on a SQLite without encryption, which would write patients&apos; data in clear. Reinstall Concerto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>This case was postponed to a later session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case&apos;s fiche is signed: a correction is a new version of the fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason why the case is postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is decided: it can no longer be postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is postponed to a later session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is to be discussed: only a case to register without discussion is pre-validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is over or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of patients must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo fiche does not pass the signing check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo fiche names no committee of the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>The RPPS %1 is already %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same birth date, sex and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date, sex and given name; the birth name of one is the used name of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date and sex; birth name and given name swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date and sex; names differ by one letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptFile</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already encrypted (it has no SQLite header in clear): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Concerto (process %2): close it, then encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only or was altered outside Concerto: it was not encrypted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be encrypted: %2 The file was left as it was, in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy does not hold what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is still in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its write-ahead log is still in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy could not take its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheContext</name>
    <message>
        <source>The session of this fiche is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of this fiche is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient of this fiche is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee of this fiche is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordination centre (3C) of this committee is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche does not exist in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheVersions</name>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to a recours RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline, conformity and trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fiches</name>
    <message>
        <source>The committee of this fiche is not in the directory: its quorum rule cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiche is signed by the person signed in, as themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator of %1 or a deputy named in the directory signs its fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason why the case is decided without its quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee of this fiche is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator of %1 or a deputy named in the directory overrides its quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche has a synchronisation conflict open: settle it in Synchronisation before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message numerus="yes">
        <source>%n more character(s) to type (13 and a 2-digit key).</source>
        <translation>
            <numerusform>%n more character to type (13 and a 2-digit key).</numerusform>
            <numerusform>%n more characters to type (13 and a 2-digit key).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year, for example 18/09/1942.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example 18/09/1942.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1: a month is 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist: %1 has %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is too far back: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 characters: a commune (14118) or 99 and a country (99134).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed without an identity document, INS not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS returned by the national service, identity document not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document seen, INS not yet checked with the national service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document seen and INS checked: the INS may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS is shown and recorded only for a qualified identity (document seen and INS checked with the national service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown: identity not qualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthplace (INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is incomplete: day/month/year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is no longer in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has a case or a fiche: the identity is kept and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed: the rest of the file was read as one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line holds characters that are not UTF-8 (the file was perhaps saved as Latin-1 or Windows-1252): save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required columns missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns this import does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns named twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported: %1. The header line (line 1) names the columns, separated by &apos;;&apos; or &apos;,&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not written DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is unknown: M or F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity status &quot;%1&quot; is unknown: PROV, RECUP, VALI or QUAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2: a value holding the separator &apos;%3&apos; must be put between quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2: it seems to separate them with &apos;%3&apos; where the header uses &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with this INS is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with this IPP is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be %1 (%2): imported apart, to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped at line %1 (the lines before it are saved): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS %1 is already recorded for another identity: %2 (patient %3); this line gives %4. Nothing was imported for this line: check both identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP %1 is already recorded for another identity: %2 (patient %3); this line gives %4. Nothing was imported for this line: check both identities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period may last at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section;key;label;value;percentage;denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered for the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches (an amended fiche counts once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients (first fiche ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered cases (ORG-128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed cases (ORG-134)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met (of discussed cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals conform to the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trial proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recours (recours RCP or recours motif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAS level 1: dated fiche with a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAS level 2: and at least 3 specialties present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays (median, days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By ICD-10 topography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By WHO performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation of the directory has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a 3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee of the directory has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transversal RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TNM not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee of the directory has the appareil or organ code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche %1 holds a value the statistics cannot read (%2: &quot;%3&quot;): no figures were computed. Correct the record or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registration to meeting (%Ln case(s))</source>
        <translation>
            <numerusform>Registration to meeting (%Ln case)</numerusform>
            <numerusform>Registration to meeting (%Ln cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting to signature (%Ln fiche(s))</source>
        <translation>
            <numerusform>Meeting to signature (%Ln fiche)</numerusform>
            <numerusform>Meeting to signature (%Ln fiches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>%1 needs its key, and none was given: on a machine without a system keychain, name a key file with --key-file FILE or CONCERTO_KEY_FILE (64 hexadecimal characters, readable by its owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users than you: it was not used. Make it yours and private (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not hold a key: it must hold 64 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its key, and no system keychain answered to find or keep it (%2). On a machine without a keychain, name a key file with --key-file FILE or CONCERTO_KEY_FILE (64 hexadecimal characters, readable by its owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for %1 holds no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its key, and the system keychain holds none for it (give its key file with --key-file FILE if it was made with one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planned</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment draft</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To validate</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>fiche state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss</source>
        <comment>agenda state of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being discussed</source>
        <comment>agenda state of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <comment>agenda state of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>agenda state of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <comment>agenda state of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3C administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import value sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or change patients&apos; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the board&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct signed fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>This session is cancelled: it has no attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is closed: its attendance can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest without RPPS needs a name, a specialty and an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This professional is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not on the session&apos;s attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written opinion needs its author and its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone present can be in the room or remote: check them in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written opinion is entered before the meeting: this session is over or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nomenclature</name>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brachytherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventional radiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventional endoscopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radioiodine therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allograft / autograft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other specific drug treatment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supportive care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palliative care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (follows a guideline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transversal and supportive care RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: Fully active, no restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: Restricted in strenuous activity, ambulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2: Ambulatory, self-care, unable to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3: Limited self-care, in bed or chair over half the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4: Completely disabled, confined to bed or chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the value set %2 (version %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value set %1 has no loaded version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value set (IHE SVS RetrieveValueSetResponse): its root element is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second ValueSet; a file must hold exactly one value set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ValueSet element; this is not a value set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value set %2 has no concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the XML is malformed or cut short (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ValueSet has no valid OID in its id attribute (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ValueSet has no displayName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ValueSet has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revisionDate is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Concept has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the concept %1 has no displayName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the concept %1 has a dateValid or dateFin that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>This session does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned session can be moved or cancelled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held or under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session moves: the members and the requesters will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new date and time of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session is cancelled: the members and the requesters will read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuorumText</name>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requesting physician is neither present nor represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion counted for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more specialty(ies) needed</source>
        <translation>
            <numerusform>%Ln more specialty needed</numerusform>
            <numerusform>%Ln more specialties needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct specialty(ies) counted</source>
        <translation>
            <numerusform>%Ln distinct specialty counted</numerusform>
            <numerusform>%Ln distinct specialties counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s) counted</source>
        <translation>
            <numerusform>%Ln attendee counted</numerusform>
            <numerusform>%Ln attendees counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Choose the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session the case is registered for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the requesting physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one motif: diagnostic opinion, treatment proposal, recours or paediatrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the case is to be discussed or registered without discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question put to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient already has a case on this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database in use (or one of its SQLite files): it is never written over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Your role (%1) does not allow you to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This case does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this computer and on the server since the last synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed here, and the server holds another text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two amendments of the same version, made apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session of the committee is held that day here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a side for every field changed on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Make sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committees could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sessions from the schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions of %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the members and the requesters will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date and time (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no later session planned yet: make some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sessions of the committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrations closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the deadline: the case will be marked late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;coordinator agrees to add it to a session whose registrations are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no later planned session: make some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) made</source>
        <translation>
            <numerusform>%Ln session made</numerusform>
            <numerusform>%Ln sessions made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already planned.</source>
        <translation>
            <numerusform>%Ln already planned.</numerusform>
            <numerusform>%Ln already planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) share a room with another at the same time: the planning marks them.</source>
        <translation>
            <numerusform>%Ln session share a room with another at the same time: the planning marks them.</numerusform>
            <numerusform>%Ln sessions share a room with another at the same time: the planning marks them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session is cancelled. Its %Ln case(s) stay registered to it until they are moved.</source>
        <translation>
            <numerusform>The session is cancelled. Its %Ln case stay registered to it until they are moved.</numerusform>
            <numerusform>The session is cancelled. Its %Ln cases stay registered to it until they are moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFiches</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiches of the session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no fiche yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the fiches of the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %Ln fiche(s) written.</source>
        <translation>
            <numerusform>Cancelled: %1 of %Ln fiche written.</numerusform>
            <numerusform>Cancelled: %1 of %Ln fiches written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPdf</name>
    <message>
        <source>This session does not exist in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee of this session is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordination centre (3C) of this committee is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient of a case of this session is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of the session in agenda order, in a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members and attendees with a signature box each, in a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiches as PDF files in a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF file per fiche of the session, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %Ln fiche(s) of the session (one PDF file each)</source>
        <translation>
            <numerusform>Folder for the fiche of the session (one PDF file)</numerusform>
            <numerusform>Folder for the %Ln fiches of the session (one PDF file each)</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was written into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fiche written as a PDF file into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) written as PDF files into %1: %2 to %3.</source>
        <translation>
            <numerusform>%Ln fiche written as a PDF file into %1: %2 to %3.</numerusform>
            <numerusform>%Ln fiches written as PDF files into %1: %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches of the session as PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiches of the session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no fiche yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staging</name>
    <message>
        <source>&quot;%1&quot; is not an Ann Arbor / Lugano stage: write I to IV, then the letters that apply (IIA, IIEB, II bulky…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the letter %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; says both A and B: keep the one that applies (B with fever, night sweats or weight loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hodgkin lymphoma stage says A or B (B with fever, night sweats or weight loss): write %1A or %1B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage IV has no E: an extranodal site beyond the nodes is already stage IV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S (the spleen) goes with stage III only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugano 2014 has no A or B for non-Hodgkin lymphomas (they are for Hodgkin lymphoma): write %1 without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugano 2014 has no S: write the stage without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugano 2014 writes a bulky mass as &quot;bulky&quot; (II bulky), not X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E (extranodal extension) goes with stages I and II only in Lugano 2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bulky&quot; goes with stages I and II only in Lugano 2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 stage of %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is staged with %2 here: a FIGO %3 stage cannot be checked; restage with FIGO %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the staging system of &quot;%1&quot; (FIGO, Ann Arbor, R-ISS…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIGO stages gynaecological cancers (cervix, endometrium, ovary…), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages lymphomas: this tumour is not one (%2, morphology %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages lymphomas, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages multiple myeloma, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 stage: there are three, I, II and III.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TNM stage group is not applicable to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TNM stage group is not applicable to %1: give its %2 stage as another staging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 typed, but %2 gives %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 typed, but %2 gives one of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subcategory (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSA cannot be negative (%1 ng/mL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISUP grade group goes from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade of the 8th edition: G1, G2, G3 or GX (G4 became G3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location: upper, middle or lower third, or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staging table here covers topography %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staging table here covers topography %1 with morphology %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T, N and M are not applicable to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T, N and M are not applicable to %1: it is staged with %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables here are UICC 8 (2017): a TNM of %1 is not staged with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist for %2 (%3): the %4 categories are %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histological type (squamous cell carcinoma or adenocarcinoma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISUP grade group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade (G1, G2, G3 or GX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location (upper, middle or lower third)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no stage group to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TNM given: write it like cT2 N1 M0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a TNM: write it like cT2 N1 M0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in &quot;%2&quot;: write the categories like cT2 N1 M0 (T0, Tis, T1a…, N0 to N3, M0 or M1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category is written twice in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This fiche is signed and can no longer be changed. Create an amendment (a new version) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiche must name its patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed fiche is amended; this one can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the fiche is amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of this fiche exists (version %1): amend that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record refers to a session, patient or case that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of the database %1 is damaged (%2 %3): it cannot be read. Restore the file from a backup or synchronise it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log can only grow: its rows are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (input or output error of the disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of the file cannot be read. Restore it from a backup or synchronise it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same identity is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not carry out the operation (SQLite error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has a case or a fiche: the identity is kept and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee already has a session that day: move or cancel that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by %1 on %2 at %3 since it was opened. Your change was not saved; the other change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s record %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a record of an unknown kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s record %1 lacks its id, version, time or author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s record %1 is damaged (its fields are not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s record %1 names a %2 (%3) that is neither in this file nor in what the server sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kind %1 are not synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is no longer open: it was settled meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is not between two versions of one record; it cannot be settled field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be applied: it meets another conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopSearch</name>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, session of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>There is no month %1 in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as well as the year: &quot;MM/%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write MM/YYYY or DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of diagnosis is missing: give at least the month and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of diagnosis (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of diagnosis (%1) is before the birth date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topography (ICD-10 code) of the tumour is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHO performance status is missing (0 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHO performance status runs from 0 to 4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHO performance status is a number from 0 to 4, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche is already signed: a correction needs a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the case was registered or discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered case must name the guideline (référentiel) it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal does not follow the guideline: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the clinical trial that was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche has no proposal: a treatment, further exams, surveillance or a referral to a recours RCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal line %1 has no treatment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator who signs is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 replaces an earlier one: give the reason for the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ICD-10 code as &quot;%1&quot;: a capital letter, two digits, then a dot before the subdivision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code: a letter and two digits, with an optional subdivision after a dot (e.g. C50.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tumour code: the fiche takes ICD-10 codes from C00 to D48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a slash before the behaviour code: &quot;%1/%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology: four digits, a slash and the behaviour code (e.g. 8140/3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-O-3 morphology codes run from 8000 to 9999, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The behaviour code after the slash is 0 (benign), 1 (uncertain), 2 (in situ), 3 (malignant), 6 (metastatic) or 9 (uncertain whether primary or metastatic), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 digits; this one has %n.</source>
        <translation>
            <numerusform>%1 has %2 digits; this one has %n.</numerusform>
            <numerusform>%1 has %2 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is wrong: its last digit (the key) should be %2, not %3. Look for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FINESS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No INS was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An INS has 15 characters (13 and a 2-digit key); this one has %n.</source>
        <translation>
            <numerusform>An INS has 15 characters (13 and a 2-digit key); this one has %n.</numerusform>
            <numerusform>An INS has 15 characters (13 and a 2-digit key); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An INS holds only digits (apart from 2A or 2B for a birth in Corsica): &quot;%1&quot; at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digit (sex) must be 1 or 2 (3, 4, 7 or 8 for a provisional number), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of birth (characters 4 and 5) must be 01 to 12, or 20 to 42 or 50 to 99 for an incomplete civil status, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The département of birth (characters 6 and 7) cannot be &quot;%1&quot;: it is 01 to 95, 2A or 2B (Corsica), 971 to 978 or 98x (overseas), or 99 (born abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number (characters 11 to 13) cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is wrong: with these 13 characters the key should be %1, not %2. Look for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the INSEE code of a birth place: five characters, the commune (e.g. 14118, 2A004, 97105) or 99 and the country for a birth abroad (e.g. 99134).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS is that of a woman, but the sex recorded is male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS is that of a man, but the sex recorded is female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS gives a birth year ending in %1, but the birth date is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INS gives a birth month of %1, but the birth date is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first birth given name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of INS is unknown: it is a NIR, a NIA or a test NIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified identity needs its INS: record it, or lower the identity status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified identity needs the INSEE code of the birth place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a T category: write T0, Tis, Ta, T1 to T4 with their subcategories (T1a, T1mi, T2b, T4d…) or TX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an N category: write N0, N1 to N3 with their subcategories (N1a, N1mi, N2b…) or NX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an M category: write M0, M1 or M1a to M1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TNM prefix: use c, p, yc, yp, r, rc or rp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the category with a capital %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX no longer exists in UICC 8: write cM0 when no metastasis was found, M1 when there is one, or leave M empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pM0 does not exist in the TNM classification: write cM0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage: write 0, 0is, or I to IV with its letter and number (IA1, IIB, IIIC, IVB…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the TNM edition (e.g. UICC 8): T, N and M mean nothing without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which TNM edition &quot;%1&quot; is, with its number (e.g. UICC 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum was not met: present the case again with the missing specialists, or record the coordinator&apos;s override and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum of this discussed case is not known: say whether it was met, or record the coordinator&apos;s override and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override of the quorum does not name the coordinator who decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override of the quorum has no reason: say why the case may be signed without its quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the fiche is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street of the address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of the address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the organisation is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of the establishment (public, private, cancer centre…) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The establishment type %1 is not a national code (for example SA01, a public establishment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national identifier of the 3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national identifier of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name of the professional is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profession is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialty of the physician is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialty %1 is not a national code (for example SM36, medical oncology).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the RCP is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national identifier of the RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum group &quot;%1&quot; names %2, which is not a national specialty code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; is not 5 digits (for example 31059).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code %1 does not start with a département (01 to 95, 97 or 98).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical TNM has the pathological prefix &quot;%1&quot;: record it as the pathological TNM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathological TNM needs the prefix p, yp or rp, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathological TNM is dated %1, before the diagnosis (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathological TNM is dated %1, before the surgery (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical TNM (T, N and M) of the tumour %1 is missing: the fiche RCP needs it for a solid tumour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organ RCP names its appareil (and its organs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transversal RCP names its treatment or care theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature of the RCP is an organ RCP (ORG-117) or a transversal one (ORG-132), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the meeting is Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of the month is the 1st to the 4th, or the last (5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings are every 1 to 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts 15 minutes to 10 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations close 0 to 30 days before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videoconference link is a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum group %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two quorum groups are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum group &quot;%1&quot; names no specialty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum asks for at least one specialty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum asks for %1 distinct specialties but its groups can give only %2: add a group (or specialties to a group) or lower the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds %2, which a name cannot hold (only letters, spaces, hyphens and apostrophes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must begin with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP &quot;%1&quot; is not an IPP: letters, digits and - _ . /, beginning with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is before %2: it cannot be a living patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The quorum is marked as met, but the attendees who count for it cover %n specialties; at least %1 are needed.</source>
        <translation>
            <numerusform>The quorum is marked as met, but the attendees who count for it cover %n specialty; at least %1 are needed.</numerusform>
            <numerusform>The quorum is marked as met, but the attendees who count for it cover %n specialties; at least %1 are needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quorum is marked as met, but no attendee who counts for it covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::AdministrationWorkspace</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface; it changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the regional server; synchronisation will use it once it is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now, used when synchronisation arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory the boards rely on (committees, professionals, nomenclatures), and the settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomenclatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::AgendaModel</name>
    <message>
        <source>Registered after the session&apos;s registration deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows a guideline: registered without discussion, listed apart after the cases to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::AgendaPanel</name>
    <message>
        <source>Drag a case, or press Ctrl+Up / Ctrl+Down, to change its place. Enter or a double click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to discuss first, registered cases apart after them. Drag a case or press Ctrl+Up / Ctrl+Down to change its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected case to a later session of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what the incomplete cases lack, grouped by requesting physician, to paste into an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print what is missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the incomplete cases lack, grouped by requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations are over: the session is no longer planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations are closed: a new case needs the coordinator&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline passed (%1): cases added now are marked late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations open until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let requesters register cases for this session again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse new cases for this session (the coordinator may still add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) incomplete.</source>
        <translation>
            <numerusform>%Ln case incomplete.</numerusform>
            <numerusform>%Ln cases incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the selected person in, or out when they leave (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person takes part by video conference, or is back in the room (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional of the directory, or someone without RPPS (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For someone checked in by mistake (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, without RPPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::CaseEditorWindow</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, meeting of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at %1: nothing typed is lost if the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – case[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of this case from %1 was not restored: the case was saved after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored from the draft. Save them, or discard them to go back to the saved case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tumours and the clinical context, marked in yellow. Check that they are still true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 has changes that are not saved. They are kept as a draft meanwhile. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing for %1 before the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is shown as it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the damaged draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes left by %2 on %1 were restored from the draft. Save them, or discard them to go back to the saved case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to check, shown in red at their field.</source>
        <translation>
            <numerusform>%Ln problem to check, shown in red at their field.</numerusform>
            <numerusform>%Ln problems to check, shown in red at their field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CaseListModel</name>
    <message>
        <source>The period is not valid: its first day must come before its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CaseSummary</name>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CasesWorkspace</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases registered for the sessions of a period, with what their committee still requires. Enter or a double-click opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case in the case editor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln case from %1 to %2</numerusform>
            <numerusform>%Ln cases from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %Ln incomplete</source>
        <translation>
            <numerusform>, of which %Ln incomplete</numerusform>
            <numerusform>, of which %Ln incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CheckList</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::CommitteeEditor</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines and case fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCP&apos;s national identifier (digits), written in the fiche&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ RCP (organ system and organs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transversal RCP (treatment or care theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDV_RCP_Appareil: pick one, or type a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ codes separated by commas (import JDV_RCP_Organe for a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDV_TraitementSoins_FRCP: pick one, or type a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recours (regional expert RCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines (référentiels) the committee follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a case must hold before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown 3C (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code not in the value set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown professional (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown field, kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of guideline %1 is day/month/year: 01/03/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The establishment where the committee meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown establishment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator signs the committee&apos;s fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies sign the committee&apos;s fiches when the coordinator is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fault(s) to correct before saving.</source>
        <translation>
            <numerusform>%Ln fault to correct before saving.</numerusform>
            <numerusform>%Ln faults to correct before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CommitteesPanel</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has changes that are not saved. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ConflictsInbox</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (last synchronised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps, field by field, the side chosen in the last column; sent at the next synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict: every change was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1. This computer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of conflict is settled by the coordinator on the server; both versions are kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the folder %2 does not exist. Check the path of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Concerto database at %1. Check the path, or create a new database with &quot;concerto-cli init --db FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Concerto database. &quot;concerto-cli init&quot; can make it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Concerto database (it is not a SQLite file); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged, locked or not a database. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a Concerto database; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Concerto (schema %2; this version knows up to %3). Update Concerto to open it; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and must first be upgraded to schema %2 by this version of Concerto. Allow writing to the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use a write-ahead log (it may be on a network drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: the step to schema %2 failed and was undone; the file is at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of the file cannot be read. Restore it from a backup or synchronise it again; nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened with the key given: it is not a SQLite file, or a database encrypted with another key (the key of this database is needed). It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::DecisionPanel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a proposal line (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exam (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a recours RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline and conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal follows the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the proposal departs from the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinical trial is proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up a case (Enter on the agenda) to record its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— treatment —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment type: type its first letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (regimen, dose, duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for the first intention, 2 for an alternative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam (e.g. pelvic MRI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;before&apos; dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s unsaved changes from %1 were restored from its draft (Ctrl+Z undoes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s unsaved changes left by %2 on %1 were restored from its draft (Ctrl+Z undoes them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::DesktopController</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty database was created at %1. Import the value sets and the directory in Administration, or synchronise with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerto databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another Concerto window (process %1). Both can work on it: a case edited in both keeps both edits, and an edit that meets another one on the same field is refused with both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database %1, written in clear by an earlier version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is still in clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database, written in clear by an earlier version, is now encrypted (%Ln row(s) checked in the encrypted copy); its key is kept by this computer. Full-disk encryption is still advised: the disk may keep old blocks in clear for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::DesktopSync</name>
    <message>
        <source>No regional server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicate identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two identities may be the same person (%1). Compare each trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two identities may be the same person. Compare each trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are different persons, say so: the mark is cleared and both identities stay. If they are the same person, keep this one aside and complete the other; identities are never merged here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the mark; the review is recorded in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other identity is no longer in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FicheDialog</name>
    <message>
        <source>Fiche RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fiche (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fiche as a PDF file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FicheFilterBar</name>
    <message>
        <source>All fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fiches of one status only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fiches of one committee only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fiches of the meetings of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting date, typed as 18/09/2025; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fiches of the patients whose names or IPP begin with the words typed. Escape clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as 18/09/2025. It is left out of the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the first one: no meeting is in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FicheListModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FichePreview</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows and Page Up/Down scroll; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FicheVersionsDialog</name>
    <message>
        <source>Versions and history of the fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: new version… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed fiche never changes: a correction is its next version, with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from the version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed but the version&apos;s marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction made (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version, signed, is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the signed fiche corrected? (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::FichesWorkspace</name>
    <message>
        <source>Fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiches RCP: drafts, fiches to validate, signed fiches and their amendments. Select a fiche to see its pages, print it or save it as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected fiche (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected fiche as a PDF file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fiche to see its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fiche first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fiche as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients whose name or IPP begins with &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has a name or IPP that begins with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fiche yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiche matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected fiche side by side, what changed, who did what and when; a correction of a signed fiche (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda or the attendance sheet of the selected fiche&apos;s session in a print preview, or its fiches as PDF files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) have a name or IPP that begins with &quot;%1&quot;: type more of the name, a given name too (martin marie), or the IPP, to see their fiches.</source>
        <translation>
            <numerusform>%Ln patient has a name or IPP that begins with &quot;%1&quot;: type more of the name, a given name too (martin marie), or the IPP, to see the fiches.</numerusform>
            <numerusform>%Ln patients have a name or IPP that begins with &quot;%1&quot;: type more of the name, a given name too (martin marie), or the IPP, to see their fiches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::GuestDialog</name>
    <message>
        <source>Add a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional of the &amp;directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;without RPPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr Claire Petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part &amp;remotely (video conference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the professional in the list (by name or RPPS), or describe someone without RPPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest without RPPS needs a name, a specialty and an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::IdentityComparison</name>
    <message>
        <source>Trait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::IdentityDialog</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them, in the civil-status order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every birth given name, in order, separated by spaces: Marie-Hélène Éloïse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthplace (INSEE code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune (14118) or 99 and a country (99134)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 characters and the 2-digit key; the key is checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP (local number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s GP (médecin traitant) receives the fiche; say when the GP is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a patient without a case or fiche can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different person: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the identity of %1? It has no case and no fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professionals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional no longer in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded (the list could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each trait. If this is the same person, open the existing identity and complete it instead of creating a second one. A different person is saved marked as a possible duplicate, for a second look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the recorded identity and complete it instead of creating a second one (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a second identity, marked as a possible duplicate to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This identity looks like %Ln identity(ies) already recorded. Is it the same person?</source>
        <translation>
            <numerusform>This identity looks like %Ln identity already recorded. Is it the same person?</numerusform>
            <numerusform>This identity looks like %Ln identities already recorded. Is it the same person?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::IndicatorCharts</name>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches by organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By WHO performance status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::IndicatorTableModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::MainWindow</name>
    <message>
        <source>Concerto — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the month and their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient, see the identity and the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered for the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a meeting and record the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches RCP: drafts, signed, amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, committees, professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sync workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Concerto; everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Concerto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and purpose of Concerto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this computer last exchanged changes with the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Concerto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concerto %1&lt;/h3&gt;&lt;p&gt;Tumour boards (RCP) of the regional cancer network: sessions, cases, meetings and fiches RCP, working offline on a local database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes waiting to be sent could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerto — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is opened read-only (the file may not be written to): you can read everything, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database in a new file and work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on another Concerto database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was altered outside Concerto, so it is opened read-only: you can read everything, but nothing can be changed. Restore it from a backup. What changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded under this name; click to change who is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the regional server; the work goes on offline in any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search patients, cases, sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, birth date, INS, IPP, committee or session date: suggestions appear as you type. Enter opens the Patients workspace with the matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::MeetingStrip</name>
    <message>
        <source>Time spent on the case taken up, against its share of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the session began, against its planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln present</source>
        <translation>
            <numerusform>%Ln present</numerusform>
            <numerusform>%Ln present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions and those of the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the video conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session today or in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no video-conference link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter takes a case up, Ctrl+Enter saves its decision and goes to the next one, Ctrl+R postpones it, F5 shows it on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case alone, in large type, on the second screen or the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the decided fiches (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator signs every decided fiche of the session at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: take the case up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, next case (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the meeting (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case of the agenda is decided or postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case postponed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the session&apos;s fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign every decided fiche of this session? A signed fiche is locked: a correction is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — case %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) signed.</source>
        <translation>
            <numerusform>%Ln fiche signed.</numerusform>
            <numerusform>%Ln fiches signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) not signed:</source>
        <translation>
            <numerusform>%Ln fiche not signed:</numerusform>
            <numerusform>%Ln fiches not signed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) signed</source>
        <translation>
            <numerusform>%Ln fiche signed</numerusform>
            <numerusform>%Ln fiches signed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::NomenclaturePanel</name>
    <message>
        <source>Nomenclatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import value sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load national value-set files (IHE SVS XML, JDV_*.xml); a file that cannot be read is refused and the version in use stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the value sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import value sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value sets (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value sets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported; the versions in use are unchanged.</source>
        <translation>
            <numerusform>%Ln file could not be imported; the versions in use are unchanged.</numerusform>
            <numerusform>%Ln files could not be imported; the versions in use are unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PatientCases</name>
    <message>
        <source>Enter or double-click: open the case in its editor, or the fiche as its pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::PatientListModel</name>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person as another identity: to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::PatientsWorkspace</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient by name, INS or IPP. The identity card and the patient&apos;s cases appear on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to see the identity card and the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthplace (INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown until the identity is qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche, version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, birth date, INS or IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters of the birth name, used name or given names, in any order; a birth date (18/09/1942); or the start of an INS or IPP. Down goes to the list, Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;. Check the spelling, type fewer letters, or search by birth date (18/09/1942), INS or IPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an identity; look-alike identities are shown before it is saved (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s identity (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this identity with the one it may duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of ? patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%1 of %Ln patient</numerusform>
            <numerusform>%1 of %Ln patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PlanningCalendar</name>
    <message>
        <source>Previous month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the committees of one 3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incomplete</source>
        <translation>
            <numerusform>%Ln incomplete</numerusform>
            <numerusform>%Ln incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PlanningWorkspace</name>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions of the month for every committee. Bold days have a session; select one to see its place and the cases registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in bold have at least one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the calendar or the list to see its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sessions of a period from the committees&apos; schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this session to another day or time, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session, with the reason; its cases are offered the next sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first planned on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session is in %1 at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month and &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee&apos;s sessions on a month or week grid, filtered by 3C or committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, completeness being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) this month</source>
        <translation>
            <numerusform>%Ln session this month</numerusform>
            <numerusform>%Ln sessions this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) registered</source>
        <translation>
            <numerusform>%Ln case registered</numerusform>
            <numerusform>%Ln cases registered</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda (Ctrl+P) or the attendance sheet of this session in a print preview, or its fiches as PDF files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln incomplete</source>
        <translation>
            <numerusform>%1, %Ln incomplete</numerusform>
            <numerusform>%1, %Ln incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PostponeDialog</name>
    <message>
        <source>Postpone the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be presented again at a later session of the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. awaiting the liver MRI; the surgeon absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no later session that takes cases: plan one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason why the case is postponed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::PresentationWindow</name>
    <message>
        <source>Concerto — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11: full screen · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::PrintPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ProfessionalsPanel</name>
    <message>
        <source>Filter by name, RPPS or specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPPS number; its last digit (Luhn key) is checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a national code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, drafts and signatures are recorded under the profile chosen here; its role decides what may be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr Anne Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional of the directory this person is: a coordinator signs as this professional, with the RPPS number of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work as this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator signs as a professional of the directory: choose which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name to make your profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::QuorumEditor</name>
    <message>
        <source>Required specialty groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group must be covered by a different physician present; double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties that satisfy the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: oncologie, SM36…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum of distinct specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a national code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the groups can give %Ln distinct specialty(ies)</source>
        <translation>
            <numerusform>the groups can give %Ln distinct specialty</numerusform>
            <numerusform>the groups can give %Ln distinct specialties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::RegistrationDialog</name>
    <message>
        <source>Diagnostic opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment proposal (incl. surveillance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered without discussion (follows a guideline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (registration until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session open for registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question put to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ScheduleEditor</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every n weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the series: the weeks are counted from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the month&apos;s days of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paris time, whatever the computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations close this many days before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the next six months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::SessionListModel</name>
    <message>
        <source>Unknown committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) lack what the committee requires before the meeting</source>
        <translation>
            <numerusform>%Ln case lack what the committee requires before the meeting</numerusform>
            <numerusform>%Ln cases lack what the committee requires before the meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incomplete</source>
        <translation>
            <numerusform>%Ln incomplete</numerusform>
            <numerusform>%Ln incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::StatisticsWorkspace</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity indicators of the boards, computed from the fiches of the sessions held in the period (an amended fiche counts once): what the 3C and the network report every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 3C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln fiche from %1 to %2</numerusform>
            <numerusform>%Ln fiches from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::SyncWorkspace</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made here is kept in this computer&apos;s database and sent to the regional server at the next synchronisation; the other hospitals&apos; changes come back the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting changes and receive the others&apos; (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority of the region (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address must begin with https://, for example https://rcp.example.fr:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate authority&apos;s file and your user name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synchronising… %n record(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your session is kept in the system&apos;s keychain; your password is never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this computer: your session is kept in memory only and you sign in again at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n change(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last synchronisation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held until its conflict is settled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value set(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::Workspace</name>
    <message>
        <source>This list is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::editing::CaseDocument</name>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of this case from %1 cannot be restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields %1 hold values of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, saved meanwhile &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was saved by someone else while you edited it, and some of the same fields changed. Nothing was saved; your changes are kept here.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::editing::CommitteeDocument</name>
    <message>
        <source>This committee is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the national identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permanent members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deputy coordinators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::editing::DraftedDocument</name>
    <message>
        <source>The draft from %1 cannot be restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, saved meanwhile &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you edited it, and some of the same fields changed. Nothing was saved; your changes are kept here.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::editing::FicheDecisionDocument</name>
    <message>
        <source>This fiche no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the further exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guideline and conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral to a recours RCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::editing::RecordDocument</name>
    <message>
        <source>change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addition to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new order of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ui::AttachmentSection</name>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report or an image, up to %1 MB; kept on this computer with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3), added %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ui::CodePicker</name>
    <message>
        <source>The national list of codes (%1) is not imported: type the code. Administration &gt; Nomenclatures imports it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ui::FieldBinder</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ui::ListEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected line (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concerto::ui::TumourSection</name>
    <message>
        <source>Add a tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tumour yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topography (ICD-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C50.4 or sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphology (ICD-O-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8140/3 or adénocarcinome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical TNM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathological TNM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (FIGO, Ann Arbor…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix: c clinical, p pathological, y after neoadjuvant treatment, r relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UICC 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage group from T, N and M: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage group: needs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Concerto: tumour boards (RCP) of the regional cancer network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerto cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the regional server at URL (https://…); kept in the settings, as the Sync workspace keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the regional certificate authority of FILE (PEM); kept in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the regional server as NAME; kept in the settings. The password is asked in the Sync workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sign in nor sync by yourself during this run (the account stays in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync-server must be an https:// address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database&apos;s key from FILE (where no system keychain runs; CONCERTO_KEY_FILE names it too).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
