<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Agenda</name>
    <message>
        <source>This case does not exist (any more).</source>
        <translation>Ce dossier n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation>Cette séance n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This database is open read-only: the agenda cannot change.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: l&apos;ordre du jour ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This session is cancelled: choose another session for the case.</source>
        <translation>Cette séance est annulée&#xa0;: choisissez une autre séance pour le dossier.</translation>
    </message>
    <message>
        <source>This session has been held or is under way: choose a later session for the case.</source>
        <translation>Cette séance a eu lieu ou est en cours&#xa0;: choisissez une séance ultérieure pour le dossier.</translation>
    </message>
    <message>
        <source>Registrations for this session are closed. Choose another session, or add the case anyway if the coordinator agrees.</source>
        <translation>Les inscriptions à cette séance sont closes. Choisissez une autre séance, ou ajoutez quand même le dossier si le coordonnateur est d&apos;accord.</translation>
    </message>
    <message>
        <source>The case is already on this session&apos;s agenda.</source>
        <translation>Le dossier est déjà à l&apos;ordre du jour de cette séance.</translation>
    </message>
    <message>
        <source>This case has already been presented at its session: its fiche holds the decision. Register a new case for a new discussion.</source>
        <translation>Ce dossier a déjà été présenté lors de sa séance&#xa0;: sa fiche contient la décision. Inscrivez un nouveau dossier pour une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Only a planned session&apos;s registrations can be closed or opened.</source>
        <translation>Seules les inscriptions d&apos;une séance planifiée peuvent être closes ou ouvertes.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 cannot be attached: there is no such file.</source>
        <translation>%1 ne peut pas être joint&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is %2, larger than the %3 a case may hold per file.</source>
        <translation>%1 ne peut pas être joint&#xa0;: il fait %2, plus que les %3 permis par fichier pour un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2</source>
        <translation>%1 ne peut pas être joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is larger than the %2 a case may hold per file.</source>
        <translation>%1 ne peut pas être joint&#xa0;: il dépasse les %2 permis par fichier pour un dossier.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>La pièce jointe n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>BirthPlace</name>
    <message>
        <source>Born abroad</source>
        <translation>Né(e) à l&apos;étranger</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>the T category</source>
        <translation>catégorie T</translation>
    </message>
    <message>
        <source>the N category</source>
        <translation>catégorie N</translation>
    </message>
    <message>
        <source>the M category</source>
        <translation>catégorie M</translation>
    </message>
    <message>
        <source>the TNM prefix</source>
        <translation>préfixe TNM</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>stade</translation>
    </message>
    <message>
        <source>the TNM edition</source>
        <translation>édition TNM</translation>
    </message>
    <message>
        <source>the topography</source>
        <translation>topographie</translation>
    </message>
    <message>
        <source>the morphology</source>
        <translation>morphologie</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>antécédents</translation>
    </message>
    <message>
        <source>the comorbidities</source>
        <translation>comorbidités</translation>
    </message>
    <message>
        <source>the WHO status</source>
        <translation>état général OMS</translation>
    </message>
    <message>
        <source>the tumours</source>
        <translation>tumeurs</translation>
    </message>
    <message>
        <source>the test results</source>
        <translation>résultats d&apos;examens</translation>
    </message>
    <message>
        <source>the treatments</source>
        <translation>traitements</translation>
    </message>
    <message>
        <source>the report conclusions</source>
        <translation>conclusions des comptes rendus</translation>
    </message>
    <message>
        <source>the other stagings</source>
        <translation>autres classifications</translation>
    </message>
    <message>
        <source>Taken from the fiche of %1</source>
        <translation>Repris de la fiche du %1</translation>
    </message>
    <message>
        <source>Taken from the case registered on %1</source>
        <translation>Repris du dossier inscrit le %1</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation>Le dossier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Diagnostic opinion</source>
        <translation>Avis diagnostique</translation>
    </message>
    <message>
        <source>Treatment proposal (incl. surveillance)</source>
        <translation>Proposition thérapeutique (y compris surveillance)</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pédiatrie</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>From screening, on</source>
        <translation>Par dépistage, le</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>WHO status</source>
        <translation>État général OMS</translation>
    </message>
    <message>
        <source>Tool, e.g. G8</source>
        <translation>Outil, p. ex. G8</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Geriatric screening</source>
        <translation>Dépistage gériatrique</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>relapse on</source>
        <translation>rechute le</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régionale</translation>
    </message>
    <message>
        <source>Distant</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>Comorbidités</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Type…</source>
        <translation>Type…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non réalisé</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Ajouter un traitement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Kind…</source>
        <translation>Nature…</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Opératoire</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>Anatomopathologique</translation>
    </message>
    <message>
        <source>Molecular</source>
        <translation>Moléculaire</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Add a conclusion</source>
        <translation>Ajouter une conclusion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Question posée à la RCP</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Requesting physician</source>
        <translation>Médecin demandeur</translation>
    </message>
    <message>
        <source>Presenting physician</source>
        <translation>Médecin présentateur</translation>
    </message>
    <message>
        <source>Reason for presentation</source>
        <translation>Motif de présentation</translation>
    </message>
    <message>
        <source>Tumour (topography and morphology)</source>
        <translation>Tumeur (topographie et morphologie)</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>Date du diagnostic</translation>
    </message>
    <message>
        <source>Clinical TNM of a solid tumour</source>
        <translation>TNM clinique d&apos;une tumeur solide</translation>
    </message>
    <message>
        <source>WHO performance status</source>
        <translation>État général OMS</translation>
    </message>
    <message>
        <source>Geriatric screening from 75 years</source>
        <translation>Dépistage gériatrique à partir de 75 ans</translation>
    </message>
    <message>
        <source>History and comorbidities</source>
        <translation>Antécédents et comorbidités</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats d&apos;examens</translation>
    </message>
    <message>
        <source>Past and current treatments</source>
        <translation>Traitements antérieurs et en cours</translation>
    </message>
    <message>
        <source>Pathology report conclusion</source>
        <translation>Conclusion du compte rendu anatomopathologique</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Question posée à la RCP</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is before the patient&apos;s birth.</source>
        <translation>Cette date précède la naissance du patient.</translation>
    </message>
    <message>
        <source>A pathological TNM is written p, yp or rp.</source>
        <translation>Un TNM pathologique s&apos;écrit p, yp ou rp.</translation>
    </message>
    <message>
        <source>A clinical TNM is written c, yc, r or rc (p, yp and rp are pathological).</source>
        <translation>Un TNM clinique s&apos;écrit c, yc, r ou rc (p, yp et rp sont pathologiques).</translation>
    </message>
    <message>
        <source>Give the TNM edition, e.g. UICC 8.</source>
        <translation>Indiquez l&apos;édition TNM, par exemple UICC 8.</translation>
    </message>
    <message>
        <source>%1 is not an ICD-10 topography of the national value set of the fiche.</source>
        <translation>%1 n&apos;est pas une topographie CIM-10 du jeu de valeurs national de la fiche.</translation>
    </message>
    <message>
        <source>%1 is not an ICD-O-3 morphology of the national value set of the fiche.</source>
        <translation>%1 n&apos;est pas une morphologie CIM-O-3 du jeu de valeurs national de la fiche.</translation>
    </message>
    <message>
        <source>The treatment ends before it starts.</source>
        <translation>Le traitement se termine avant d&apos;avoir commencé.</translation>
    </message>
</context>
<context>
    <name>CdaExport</name>
    <message>
        <source>A professional the fiche names (%1) is not in the directory.</source>
        <translation>Un professionnel cité dans la fiche (%1) ne figure pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1 (%2) has no RPPS number in the directory.</source>
        <translation>%1 (%2) n&apos;a pas de numéro RPPS dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The fiche is not signed: only a fiche validated by the coordinator is exported.</source>
        <translation>La fiche n&apos;est pas signée&#xa0;: seule une fiche validée par le coordonnateur est exportée.</translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; belongs to no regional network in the directory.</source>
        <translation>Le 3C «&#xa0;%1&#xa0;» n&apos;appartient à aucun réseau régional dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The regional network &quot;%1&quot; has no national identifier.</source>
        <translation>Le réseau régional «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant national.</translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no national identifier.</source>
        <translation>Le 3C «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant national.</translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no FINESS number.</source>
        <translation>Le 3C «&#xa0;%1&#xa0;» n&apos;a pas de numéro FINESS.</translation>
    </message>
    <message>
        <source>The 3C &quot;%1&quot; has no address (postal code and city).</source>
        <translation>Le 3C «&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse (code postal et ville).</translation>
    </message>
    <message>
        <source>The committee &quot;%1&quot; has no national identifier.</source>
        <translation>La RCP «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant national.</translation>
    </message>
    <message>
        <source>The committee &quot;%1&quot; has no appareil or treatment theme.</source>
        <translation>La RCP «&#xa0;%1&#xa0;» n&apos;a ni appareil ni thématique de prise en charge.</translation>
    </message>
    <message>
        <source>The patient has no birth name.</source>
        <translation>Le patient n&apos;a pas de nom de naissance.</translation>
    </message>
    <message>
        <source>The patient has no birth date.</source>
        <translation>Le patient n&apos;a pas de date de naissance.</translation>
    </message>
    <message>
        <source>The fiche does not say who signed it.</source>
        <translation>La fiche n&apos;indique pas qui l&apos;a signée.</translation>
    </message>
    <message>
        <source>signing coordinator</source>
        <translation>coordonnateur signataire</translation>
    </message>
    <message>
        <source>author of the fiche</source>
        <translation>auteur de la fiche</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordonnateur</translation>
    </message>
    <message>
        <source>The case names no requesting physician.</source>
        <translation>Le dossier n&apos;indique aucun médecin demandeur.</translation>
    </message>
    <message>
        <source>requesting physician</source>
        <translation>médecin demandeur</translation>
    </message>
    <message>
        <source>presenting physician</source>
        <translation>médecin présentateur</translation>
    </message>
    <message>
        <source>the patient&apos;s GP</source>
        <translation>médecin traitant du patient</translation>
    </message>
    <message>
        <source>The patient&apos;s GP is not recorded: name them, or say that the GP is unknown.</source>
        <translation>Le médecin traitant du patient n&apos;est pas renseigné&#xa0;: indiquez-le, ou précisez que le médecin traitant est inconnu.</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>correspondent</source>
        <translation>correspondant</translation>
    </message>
    <message>
        <source>The case has no tumour: the format requires at least one, with its topography and morphology.</source>
        <translation>Le dossier n&apos;a aucune tumeur&#xa0;: le format en exige au moins une, avec sa topographie et sa morphologie.</translation>
    </message>
    <message>
        <source>Tumour %1 has no ICD-10 topography.</source>
        <translation>La tumeur %1 n&apos;a pas de topographie CIM-10.</translation>
    </message>
    <message>
        <source>Tumour %1 has no ICD-O-3 morphology.</source>
        <translation>La tumeur %1 n&apos;a pas de morphologie CIM-O-3.</translation>
    </message>
    <message>
        <source>Proposal line %1 has no national treatment type.</source>
        <translation>La ligne de proposition %1 n&apos;a pas de type de traitement national.</translation>
    </message>
    <message>
        <source>The case is registered without discussion but the fiche names no guideline.</source>
        <translation>Le dossier est enregistré sans discussion mais la fiche ne cite aucun référentiel.</translation>
    </message>
    <message>
        <source>The fiche is in a sync conflict: settle it in Synchronisation first (its server copy and this computer&apos;s differ).</source>
        <translation>La fiche est en conflit de synchronisation&#xa0;: réglez-le d&apos;abord dans Synchronisation (la copie du serveur et celle de cet ordinateur diffèrent).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Base de données prête&#xa0;: %1 (schéma %2)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(patient inconnu)</translation>
    </message>
    <message>
        <source>--signed only applies to fiches.</source>
        <translation>--signed ne s&apos;applique qu&apos;aux fiches.</translation>
    </message>
    <message>
        <source>Only signed fiches.</source>
        <translation>Seulement les fiches signées.</translation>
    </message>
    <message>
        <source>--patients wants a whole number from 1 to 10,000,000, not &quot;%1&quot;.</source>
        <translation>--patients attend un nombre entier de 1 à 10&#xa0;000&#xa0;000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 patients written…</source>
        <translation>%1 patients écrits sur %2…</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être écrites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo data added to %1:</source>
        <translation>Données de démonstration ajoutées à %1&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 organisations, %2 professionals, %3 RCPs</source>
        <translation>  %1 structures, %2 professionnels, %3 RCP</translation>
    </message>
    <message>
        <source>  %1 sessions (%2 past, %3 upcoming, %4 past without quorum)</source>
        <translation>  %1 séances (%2 passées, %3 à venir, %4 passées sans quorum)</translation>
    </message>
    <message>
        <source>  %1 patients, %2 cases</source>
        <translation>  %1 patients, %2 dossiers</translation>
    </message>
    <message>
        <source>  %1 fiches (%2 signed, %3 amendments)</source>
        <translation>  %1 fiches (%2 signées, %3 amendements)</translation>
    </message>
    <message>
        <source>Done in %1 s; the database file is %2 MB.</source>
        <translation>Terminé en %1&#xa0;s&#xa0;; le fichier de la base de données fait %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Add realistic synthetic data: network, RCPs, sessions, patients, cases, fiches.</source>
        <translation>Ajoute des données fictives réalistes&#xa0;: réseau, RCP, séances, patients, dossiers, fiches.</translation>
    </message>
    <message>
        <source>How many patients to create (default 2000).</source>
        <translation>Nombre de patients à créer (2000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same data (default 1).</source>
        <translation>La graine&#xa0;: la même graine donne les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The reference date of the data (default today).</source>
        <translation>La date de référence des données (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Give one INS/NIR (15 characters; quote it if it has spaces): concerto-cli check-ins &quot;2 55 08 14 168 025 38&quot;</source>
        <translation>Donnez un INS/NIR (15&#xa0;caractères&#xa0;; mettez-le entre guillemets s&apos;il contient des espaces)&#xa0;: concerto-cli check-ins &quot;2 55 08 14 168 025 38&quot;</translation>
    </message>
    <message>
        <source>Invalid INS: %1</source>
        <translation>INS invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid INS (a provisional number: sex digit %1).</source>
        <translation>INS valide (numéro provisoire&#xa0;: chiffre du sexe %1).</translation>
    </message>
    <message>
        <source>Valid INS.</source>
        <translation>INS valide.</translation>
    </message>
    <message>
        <source>Say whether an INS/NIR is valid, and why not.</source>
        <translation>Indique si un INS/NIR est valide et, sinon, pourquoi.</translation>
    </message>
    <message>
        <source>The INS/NIR: 13 characters and the 2-digit key.</source>
        <translation>L&apos;INS/NIR&#xa0;: 13&#xa0;caractères et la clé à 2&#xa0;chiffres.</translation>
    </message>
    <message>
        <source>Usage: concerto-cli COMMAND [options]  (concerto-cli COMMAND --help for details)</source>
        <translation>Utilisation&#xa0;: concerto-cli COMMANDE [options]  (concerto-cli COMMANDE --help pour le détail)</translation>
    </message>
    <message>
        <source>Works on the local database given with --db FILE (default: %1).</source>
        <translation>Travaille sur la base de données locale indiquée par --db FICHIER (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>The local database file.</source>
        <translation>Le fichier de la base de données locale.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the value-set files to import (JDV_*.xml).</source>
        <translation>Indiquez les fichiers de jeux de valeurs à importer (JDV_*.xml).</translation>
    </message>
    <message numerus="yes">
        <source>%1  OID %2  version %3  %n concept(s) (replaced the same version)</source>
        <translation>
            <numerusform>%1  OID %2  version %3  %n concept (remplace la même version)</numerusform>
            <numerusform>%1  OID %2  version %3  %n concepts (remplace la même version)</numerusform>
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
            <numerusform>%n fichier refusé&#xa0;; rien n&apos;en a été chargé.</numerusform>
            <numerusform>%n fichiers refusés&#xa0;; rien n&apos;en a été chargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load national value sets (IHE SVS XML, JDV_*.xml) with their version.</source>
        <translation>Charge les jeux de valeurs nationaux (IHE SVS XML, JDV_*.xml) avec leur version.</translation>
    </message>
    <message>
        <source>The value-set files to import.</source>
        <translation>Les fichiers de jeux de valeurs à importer.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FICHIER…</translation>
    </message>
    <message>
        <source>--date wants a date from %1 to %2, such as 2024-03-15, not &quot;%3&quot;.</source>
        <translation>--date attend une date du %1 au %2, telle que 2024-03-15, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The database already holds records: no demo data added.</source>
        <translation>La base de données contient déjà des enregistrements&#xa0;: aucune donnée de démonstration n&apos;a été ajoutée.</translation>
    </message>
    <message>
        <source>Do nothing when the database already holds any record (even a deleted one).</source>
        <translation>Ne rien faire si la base de données contient déjà un enregistrement (même supprimé).</translation>
    </message>
    <message>
        <source>--db wants a file name, not an empty text.</source>
        <translation>--db attend un nom de fichier, et non un texte vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments, but was given: %2. Options start with -- (concerto-cli %1 --help lists them).</source>
        <translation>«&#xa0;%1&#xa0;» ne prend aucun argument, mais a reçu&#xa0;: %2. Les options commencent par -- (concerto-cli %1 --help les énumère).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s), but was given %2: %3. If a value has spaces, quote it (concerto-cli %1 --help).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» prend %n argument, mais en a reçu %2&#xa0;: %3. Si une valeur contient des espaces, mettez-la entre guillemets (concerto-cli %1 --help).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» prend %n arguments, mais en a reçu %2&#xa0;: %3. Si une valeur contient des espaces, mettez-la entre guillemets (concerto-cli %1 --help).</numerusform>
        </translation>
    </message>
    <message>
        <source>New database created: %1 (schema %2)</source>
        <translation>Nouvelle base de données créée&#xa0;: %1 (schéma %2)</translation>
    </message>
    <message>
        <source>The list could not be read from %1: %2</source>
        <translation>La liste n&apos;a pas pu être lue dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create a new database (or upgrade an existing one) and print where it is.</source>
        <translation>Créer une nouvelle base de données (ou mettre à niveau une base existante) et indiquer où elle se trouve.</translation>
    </message>
    <message>
        <source>Give the stage group of a TNM for its site (UICC 8, FIGO), or say what is wrong or missing.</source>
        <translation>Donne le stade d&apos;un TNM pour sa localisation (UICC 8, FIGO), ou dit ce qui est faux ou manquant.</translation>
    </message>
    <message>
        <source>The ICD-10 topography, e.g. C18.7.</source>
        <translation>La topographie CIM-10, par exemple C18.7.</translation>
    </message>
    <message>
        <source>The TNM, e.g. &quot;cT4a cN2b cM0&quot; or pT2N1M0 (quote it if it has spaces).</source>
        <translation>Le TNM, par exemple «&#xa0;cT4a cN2b cM0&#xa0;» ou pT2N1M0 (entre guillemets s&apos;il contient des espaces).</translation>
    </message>
    <message>
        <source>The ICD-O-3 morphology, e.g. 8140/3 (oesophagus: squamous or adenocarcinoma; lymphomas, melanoma).</source>
        <translation>La morphologie CIM-O-3, par exemple 8140/3 (œsophage&#xa0;: épidermoïde ou adénocarcinome&#xa0;; lymphomes, mélanome).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Prostate: the PSA in ng/mL.</source>
        <translation>Prostate&#xa0;: le PSA en ng/mL.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Prostate: the ISUP grade group, 1 to 5.</source>
        <translation>Prostate&#xa0;: le groupe de grade ISUP, de 1 à 5.</translation>
    </message>
    <message>
        <source>Oesophagus, pathological: the grade, G1, G2, G3 or GX.</source>
        <translation>Œsophage, pathologique&#xa0;: le grade, G1, G2, G3 ou GX.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Oesophagus, squamous, pathological: upper, middle, lower or X.</source>
        <translation>Œsophage, épidermoïde, pathologique&#xa0;: upper (tiers supérieur), middle (moyen), lower (inférieur) ou X.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <source>Say what to list: committees, patients, sessions or fiches.</source>
        <translation>Indiquez quoi lister&#xa0;: committees (RCP), patients, sessions (séances) ou fiches.</translation>
    </message>
    <message>
        <source>List committees, patients, sessions or fiches: one record a line, id and label.</source>
        <translation>Liste les RCP, les patients, les séances ou les fiches&#xa0;: un enregistrement par ligne, identifiant et libellé.</translation>
    </message>
    <message>
        <source>committees, patients, sessions or fiches</source>
        <translation>committees, patients, sessions ou fiches</translation>
    </message>
    <message>
        <source>Give the CSV file to import: concerto-cli import-patients FILE [--report OUT.csv]</source>
        <translation>Indiquez le fichier CSV à importer&#xa0;: concerto-cli import-patients FICHIER [--report RAPPORT.csv]</translation>
    </message>
    <message>
        <source>--report wants a file name, not an empty text.</source>
        <translation>--report attend un nom de fichier, et non un texte vide.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>Le rapport %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 refused: %2</source>
        <translation>Ligne %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Le rapport %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was written for them.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;: rien n&apos;a été écrit pour elle.</numerusform>
            <numerusform>%n lignes refusées&#xa0;: rien n&apos;a été écrit pour elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patients could not be read from %1: %2</source>
        <translation>Les patients n&apos;ont pas pu être lus dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import patients from a CSV file; possible duplicates are marked, never merged.</source>
        <translation>Importe des patients depuis un fichier CSV&#xa0;; les doublons possibles sont signalés, jamais fusionnés.</translation>
    </message>
    <message>
        <source>UTF-8 CSV (&apos;;&apos; or &apos;,&apos;), a header naming the columns: ipp, birth_name, used_name, given_names, sex (M/F), birth_date (DD/MM/YYYY or YYYY-MM-DD), birth_place, ins, identity_status (PROV, RECUP, VALI, QUAL). birth_name, given_names, sex and birth_date are required. Exit code 1 when the file or a line was refused.</source>
        <translation>CSV en UTF-8 (&apos;;&apos; ou &apos;,&apos;), avec une ligne d&apos;en-tête nommant les colonnes&#xa0;: ipp, birth_name, used_name, given_names, sex (M/F), birth_date (JJ/MM/AAAA ou AAAA-MM-JJ), birth_place, ins, identity_status (PROV, RECUP, VALI, QUAL). birth_name, given_names, sex et birth_date sont obligatoires. Code de sortie 1 si le fichier ou une ligne a été refusé.</translation>
    </message>
    <message>
        <source>Write one line per input line: line,status,patient_id,duplicate_of,reason (imported, to-review, already-present or refused).</source>
        <translation>Écrit une ligne par ligne lue&#xa0;: line,status,patient_id,duplicate_of,reason (imported, to-review, already-present ou refused).</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>RAPPORT.csv</translation>
    </message>
    <message>
        <source>Make the sessions of a period from the committees&apos; schedules, once per committee and day, and report rooms that clash.</source>
        <translation>Crée les séances d&apos;une période d&apos;après le calendrier des RCP, une seule fois par RCP et par jour, et signale les salles occupées deux fois.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Only this RCP (its id).</source>
        <translation>Seulement cette RCP (son identifiant).</translation>
    </message>
    <message>
        <source>Export a signed fiche as the national CDA document (FRCP).</source>
        <translation>Exporter une fiche signée en document CDA national (FRCP).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (expected a UUID such as 3f2b8c1e-…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant (UUID attendu, par exemple 3f2b8c1e-…).</translation>
    </message>
    <message>
        <source>Give the fiche and the file: concerto-cli print-fiche FICHE --out FILE.pdf</source>
        <translation>Indiquez la fiche et le fichier&#xa0;: concerto-cli print-fiche FICHE --out FILE.pdf</translation>
    </message>
    <message>
        <source>Fiche written to %1.</source>
        <translation>Fiche écrite dans %1.</translation>
    </message>
    <message>
        <source>Give the session and where to write: concerto-cli print-session SESSION --out DIR [--combined FILE.pdf]</source>
        <translation>Indiquez la séance et le répertoire de sortie&#xa0;: concerto-cli print-session SESSION --out DIR [--combined FILE.pdf]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s), the agenda and the attendance sheet written to %1.</source>
        <translation>
            <numerusform>%n fiche, l&apos;ordre du jour et la feuille d&apos;émargement écrits dans %1.</numerusform>
            <numerusform>%n fiches, l&apos;ordre du jour et la feuille d&apos;émargement écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole session written to %1.</source>
        <translation>Séance entière écrite dans %1.</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Terminé en %1 ms.</translation>
    </message>
    <message>
        <source>Write a fiche RCP as a PDF file (A4, French).</source>
        <translation>Écrire une fiche RCP dans un fichier PDF (A4, en français).</translation>
    </message>
    <message>
        <source>The id of the fiche.</source>
        <translation>L&apos;identifiant de la fiche.</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced whole).</source>
        <translation>Le fichier PDF à écrire (entièrement remplacé).</translation>
    </message>
    <message>
        <source>Write a session&apos;s agenda, attendance sheet and fiches as PDF files.</source>
        <translation>Écrire l&apos;ordre du jour, la feuille d&apos;émargement et les fiches d&apos;une séance dans des fichiers PDF.</translation>
    </message>
    <message>
        <source>The id of the session.</source>
        <translation>L&apos;identifiant de la séance.</translation>
    </message>
    <message>
        <source>The folder to write agenda.pdf, attendance.pdf and one PDF per fiche to (created when missing).</source>
        <translation>Le répertoire où écrire agenda.pdf, attendance.pdf et un PDF par fiche (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also (or only) write the whole session as one PDF: agenda, attendance sheet, then every fiche.</source>
        <translation>Écrire aussi (ou seulement) la séance entière dans un seul PDF&#xa0;: ordre du jour, feuille d&apos;émargement, puis chaque fiche.</translation>
    </message>
    <message>
        <source>Activity indicators of a period (sessions, fiches, patients, quality, delays, distributions), as a table or as CSV.</source>
        <translation>Indicateurs d&apos;activité d&apos;une période (séances, fiches, patients, qualité, délais, répartitions), sous forme de tableau ou en CSV.</translation>
    </message>
    <message>
        <source>First meeting day, YYYY-MM-DD.</source>
        <translation>Premier jour de réunion, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last meeting day, YYYY-MM-DD.</source>
        <translation>Dernier jour de réunion, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Only the RCPs of this 3C (its id).</source>
        <translation>Uniquement les RCP de ce 3C (son identifiant).</translation>
    </message>
    <message>
        <source>Only the RCPs of this appareil or organ (JDV_RCP_Appareil or JDV_RCP_Organe code).</source>
        <translation>Uniquement les RCP de cet appareil ou organe (code JDV_RCP_Appareil ou JDV_RCP_Organe).</translation>
    </message>
    <message>
        <source>Write the CSV (UTF-8 with BOM, &apos;;&apos;) to the standard output.</source>
        <translation>Écrire le CSV (UTF-8 avec BOM, séparateur «&#xa0;;&#xa0;») sur la sortie standard.</translation>
    </message>
    <message>
        <source>Give the id of the fiche to export: concerto-cli export-cda FICHE --out FILE</source>
        <translation>Indiquez l&apos;identifiant de la fiche à exporter&#xa0;: concerto-cli export-cda FICHE --out FICHIER</translation>
    </message>
    <message>
        <source>%1 is not the id of a fiche.</source>
        <translation>%1 n&apos;est pas l&apos;identifiant d&apos;une fiche.</translation>
    </message>
    <message>
        <source>--out wants the name of the file to write.</source>
        <translation>--out attend le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>The fiche cannot be exported in the national format:</source>
        <translation>La fiche ne peut pas être exportée au format national&#xa0;:</translation>
    </message>
    <message>
        <source>Fiche version %1 written to %2.</source>
        <translation>Version %1 de la fiche écrite dans %2.</translation>
    </message>
    <message>
        <source>The id of the fiche (one version).</source>
        <translation>L&apos;identifiant de la fiche (une version).</translation>
    </message>
    <message>
        <source>The CDA file to write (XML).</source>
        <translation>Le fichier CDA à écrire (XML).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>--psa wants a PSA in ng/mL (e.g. 7.5), not &quot;%1&quot;.</source>
        <translation>--psa attend un PSA en ng/mL (par exemple 7.5), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--grade-group wants an ISUP grade group from 1 to 5, not &quot;%1&quot;.</source>
        <translation>--grade-group attend un groupe de grade ISUP de 1 à 5, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--grade wants G1, G2, G3 or GX, not &quot;%1&quot;.</source>
        <translation>--grade attend G1, G2, G3 ou GX, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--location wants upper, middle, lower or X, not &quot;%1&quot;.</source>
        <translation>--location attend upper, middle, lower ou X, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give a topography and a TNM (quote a TNM with spaces): concerto-cli check-tnm C18.7 &quot;cT4a cN2b cM0&quot;</source>
        <translation>Donnez une topographie et un TNM (entre guillemets s&apos;il contient des espaces)&#xa0;: concerto-cli check-tnm C18.7 &quot;cT4a cN2b cM0&quot;</translation>
    </message>
    <message>
        <source>Give an ICD-10 topography, e.g. C18.7.</source>
        <translation>Donnez une topographie CIM-10, par exemple C18.7.</translation>
    </message>
    <message>
        <source>%1: Stage %2</source>
        <translation>%1&#xa0;: Stade %2</translation>
    </message>
    <message>
        <source>Stage %1 is %2: it depends on %3.</source>
        <translation>Le stade %1 est %2&#xa0;: cela dépend de %3.</translation>
    </message>
    <message>
        <source>%1: no stage group without %2 (it may be %3).</source>
        <translation>%1&#xa0;: pas de stade sans %2 (il peut être %3).</translation>
    </message>
    <message>
        <source>--%1 wants a date such as 2027-01-31, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date comme 2027-01-31, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give the period: concerto-cli plan-sessions --from 2027-01-01 --to 2027-03-31</source>
        <translation>Indiquez la période&#xa0;: concerto-cli plan-sessions --from 2027-01-01 --to 2027-03-31</translation>
    </message>
    <message>
        <source>The period must run forwards and last at most two years.</source>
        <translation>La période doit aller dans l&apos;ordre et durer au plus deux ans.</translation>
    </message>
    <message>
        <source>--committee wants the id of an RCP (concerto-cli list committees).</source>
        <translation>--committee attend l&apos;identifiant d&apos;une RCP (concerto-cli list committees).</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be written: %2</source>
        <translation>Les séances de %1 n&apos;ont pas pu être écrites&#xa0;: %2</translation>
    </message>
    <message>
        <source>No RCP has the id %1.</source>
        <translation>Aucune RCP n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 sessions made, %2 already planned.</source>
        <translation>%1 séance(s) créée(s), %2 déjà prévue(s).</translation>
    </message>
    <message>
        <source>Clash: %1 and %2, both in %3.</source>
        <translation>Conflit&#xa0;: %1 et %2, toutes deux dans %3.</translation>
    </message>
    <message>
        <source>--%1 wants the id of %2 (concerto-cli list).</source>
        <translation>--%1 attend l&apos;identifiant d&apos;%2 (concerto-cli list).</translation>
    </message>
    <message>
        <source>Activity indicators from %1 to %2</source>
        <translation>Indicateurs d&apos;activité du %1 au %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Give the period: concerto-cli stats --from 2026-01-01 --to 2026-12-31</source>
        <translation>Indiquez la période&#xa0;: concerto-cli stats --from 2026-01-01 --to 2026-12-31</translation>
    </message>
    <message>
        <source>an RCP</source>
        <translation>une RCP</translation>
    </message>
    <message>
        <source>a 3C</source>
        <translation>un 3C</translation>
    </message>
    <message>
        <source>--organ wants an appareil or organ code of the committees (JDV_RCP_Appareil, JDV_RCP_Organe).</source>
        <translation>--organ attend un code d&apos;appareil ou d&apos;organe des RCP (JDV_RCP_Appareil, JDV_RCP_Organe).</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1  OID %2  already loaded (version %3), left as it is</source>
        <translation>%1  OID %2  déjà chargé (version %3), laissé tel quel</translation>
    </message>
    <message>
        <source>Only load the sets that have no version loaded yet.</source>
        <translation>Ne charger que les jeux dont aucune version n&apos;est encore chargée.</translation>
    </message>
    <message>
        <source>The database %1 holds demo data that was interrupted before it was complete: it is not a whole demo. Make the demo again in a new file.</source>
        <translation>La base %1 contient des données de démonstration interrompues avant la fin&#xa0;: ce n&apos;est pas une démonstration complète. Refaites la démonstration dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>--%1 was given more than once (%2): give it once.</source>
        <translation>--%1 a été donné plusieurs fois (%2)&#xa0;: donnez-le une seule fois.</translation>
    </message>
    <message>
        <source>Line %1 in conflict: %2</source>
        <translation>Ligne %1 en conflit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) refused or in conflict.</source>
        <translation>
            <numerusform>… et %n autre ligne refusée ou en conflit.</numerusform>
            <numerusform>… et %n autres lignes refusées ou en conflit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) read: %2 imported, %3 to review (possible duplicates, imported apart), %4 already present, %5 in conflict, %6 refused; in %7 s.</source>
        <translation>%1 ligne(s) lue(s)&#xa0;: %2 importée(s), %3 à vérifier (doublons possibles, importés à part), %4 déjà présente(s), %5 en conflit, %6 refusée(s)&#xa0;; en %7 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in conflict with a recorded identity (same INS or IPP, another person): nothing was written for them.</source>
        <translation>
            <numerusform>%n ligne en conflit avec une identité enregistrée (même INS ou IPP, autre personne)&#xa0;: rien n&apos;a été écrit pour elle.</numerusform>
            <numerusform>%n lignes en conflit avec une identité enregistrée (même INS ou IPP, autre personne)&#xa0;: rien n&apos;a été écrit pour elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder: --out wants the folder to write to.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;: --out attend le dossier où écrire.</translation>
    </message>
    <message>
        <source>integrity: SQLite finds the file damaged (%1).</source>
        <translation>intégrité&#xa0;: SQLite trouve le fichier endommagé (%1).</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>schema: %n difference(s) with what this version makes</source>
        <translation>
            <numerusform>schéma&#xa0;: %n différence avec ce que fait cette version</numerusform>
            <numerusform>schéma&#xa0;: %n différences avec ce que fait cette version</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: %1 row(s)</source>
        <translation>audit&#xa0;: %1 ligne(s)</translation>
    </message>
    <message>
        <source>audit: the table %1 cannot be read.</source>
        <translation>audit&#xa0;: la table %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>audit: %1 record(s) of %2 have no audit row.</source>
        <translation>audit&#xa0;: %1 enregistrement(s) de %2 sans ligne d&apos;audit.</translation>
    </message>
    <message>
        <source>The file %1 is not as Concerto left it.</source>
        <translation>Le fichier %1 n&apos;est pas tel que Concerto l&apos;a laissé.</translation>
    </message>
    <message>
        <source>Everything is as Concerto left it.</source>
        <translation>Tout est tel que Concerto l&apos;a laissé.</translation>
    </message>
    <message>
        <source>Check the file: integrity, schema and triggers, audit rows of every record; exit code 1 when something is off.</source>
        <translation>Vérifier le fichier&#xa0;: intégrité, schéma et déclencheurs, lignes d&apos;audit de chaque enregistrement&#xa0;; code de sortie 1 quand quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: the database %1 was altered outside Concerto; it is only read, nothing is written to it. %2</source>
        <translation>Attention&#xa0;: la base de données %1 a été modifiée hors de Concerto&#xa0;; elle est seulement lue, rien n&apos;y est écrit. %2</translation>
    </message>
    <message>
        <source>sync needs --server URL, --ca FILE and --user NAME.</source>
        <translation>sync demande --server URL, --ca FICHIER et --user NOM.</translation>
    </message>
    <message>
        <source>--server must be an https:// address.</source>
        <translation>--server doit être une adresse https://.</translation>
    </message>
    <message>
        <source>--batch is from 1 to %1.</source>
        <translation>--batch va de 1 à %1.</translation>
    </message>
    <message>
        <source>No password: set CONCERTO_PASSWORD or give it on stdin.</source>
        <translation>Pas de mot de passe&#xa0;: définissez CONCERTO_PASSWORD ou donnez-le sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync with the regional server: push the pending changes, pull the server&apos;s, print what was pushed, pulled and left in conflict.</source>
        <translation>Synchronise avec le serveur régional&#xa0;: envoie les modifications en attente, reçoit celles du serveur, affiche ce qui a été envoyé, reçu et laissé en conflit.</translation>
    </message>
    <message>
        <source>The server, https://HOST:PORT.</source>
        <translation>Le serveur, https://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>The certificate authority (PEM) the server&apos;s certificate must come from; the only one trusted.</source>
        <translation>L’autorité de certification (PEM) dont doit venir le certificat du serveur&#xa0;; la seule reconnue.</translation>
    </message>
    <message>
        <source>The account (password from CONCERTO_PASSWORD, else stdin).</source>
        <translation>Le compte (mot de passe dans CONCERTO_PASSWORD, sinon sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Changes a push and records a pulled page carry (default 500 and 1000).</source>
        <translation>Modifications par envoi et enregistrements par page reçue (500 et 1000 par défaut).</translation>
    </message>
    <message>
        <source>Print a line for each pulled page kept.</source>
        <translation>Affiche une ligne pour chaque page reçue et enregistrée.</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1&#xa0;% de %2</translation>
    </message>
    <message>
        <source>List the identities that may be the same person: both ids, labels, why, and whether the pair is marked to review.</source>
        <translation>Liste les identités qui peuvent désigner la même personne&#xa0;: les deux identifiants, libellés, la raison, et si la paire est marquée à vérifier.</translation>
    </message>
    <message>
        <source>Print how many records were written on this computer only (demo data, never sent to a server); 0 when there are none.</source>
        <translation>Afficher le nombre d’enregistrements écrits sur cet ordinateur seulement (données de démonstration, jamais envoyées à un serveur)&#xa0;; 0 quand il n’y en a aucun.</translation>
    </message>
    <message>
        <source>Encrypted: %1 (%2 tables, %3 rows found again in the encrypted copy); the file in clear and its -wal and -shm are gone.</source>
        <translation>Chiffrée&#xa0;: %1 (%2 tables, %3 lignes retrouvées dans la copie chiffrée)&#xa0;; le fichier en clair et ses -wal et -shm ont disparu.</translation>
    </message>
    <message>
        <source>An SSD may keep the old blocks in clear for a while: full-disk encryption is still advised.</source>
        <translation>Un SSD peut garder un temps les anciens blocs en clair&#xa0;: le chiffrement du disque entier reste conseillé.</translation>
    </message>
    <message>
        <source>Encrypt a database written in clear (before Concerto encrypted its files): a checked copy replaces it, nothing in clear is left.</source>
        <translation>Chiffrer une base de données écrite en clair (avant que Concerto ne chiffre ses fichiers)&#xa0;: une copie vérifiée la remplace, rien ne reste en clair.</translation>
    </message>
    <message>
        <source>The file holding the database&apos;s key (64 hexadecimal characters, readable by its owner only), where no system keychain runs; CONCERTO_KEY_FILE names it too.</source>
        <translation>Le fichier qui contient la clé de la base de données (64 caractères hexadécimaux, lisible par son seul propriétaire), là où aucun trousseau du système ne fonctionne&#xa0;; CONCERTO_KEY_FILE le désigne aussi.</translation>
    </message>
    <message>
        <source>--key-file wants a file name, not an empty text.</source>
        <translation>--key-file attend un nom de fichier, pas un texte vide.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n dossier</numerusform>
            <numerusform>%1&#xa0;: %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>tumour %1</source>
        <translation>tumeur %1</translation>
    </message>
    <message>
        <source>Requesting physician missing.</source>
        <translation>Médecin demandeur manquant.</translation>
    </message>
    <message>
        <source>Presenting physician missing.</source>
        <translation>Médecin présentateur manquant.</translation>
    </message>
    <message>
        <source>Reason for presentation missing.</source>
        <translation>Motif de présentation manquant.</translation>
    </message>
    <message>
        <source>Date of diagnosis missing: the case has no tumour yet.</source>
        <translation>Date de diagnostic manquante&#xa0;: le dossier n&apos;a encore aucune tumeur.</translation>
    </message>
    <message>
        <source>Date of diagnosis missing for %1.</source>
        <translation>Date de diagnostic manquante pour la %1.</translation>
    </message>
    <message>
        <source>WHO performance status missing.</source>
        <translation>État général OMS manquant.</translation>
    </message>
    <message>
        <source>History and comorbidities missing.</source>
        <translation>Antécédents et comorbidités manquants.</translation>
    </message>
    <message>
        <source>No test result given.</source>
        <translation>Aucun résultat d&apos;examen renseigné.</translation>
    </message>
    <message>
        <source>Past and current treatments missing.</source>
        <translation>Traitements antérieurs et en cours manquants.</translation>
    </message>
    <message>
        <source>Case summary missing.</source>
        <translation>Résumé du dossier manquant.</translation>
    </message>
    <message>
        <source>Question to the board missing.</source>
        <translation>Question posée à la RCP manquante.</translation>
    </message>
    <message>
        <source>%1: cannot be checked in Concerto yet; check it by hand.</source>
        <translation>%1&#xa0;: ne peut pas encore être vérifié dans Concerto&#xa0;; vérifiez-le manuellement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required by the committee but this version of Concerto does not know it; check it by hand.</source>
        <translation>«&#xa0;%1&#xa0;» est requis par la RCP mais cette version de Concerto ne le connaît pas&#xa0;; vérifiez-le manuellement.</translation>
    </message>
    <message>
        <source>No tumour described.</source>
        <translation>Aucune tumeur décrite.</translation>
    </message>
    <message>
        <source>Topography (ICD-10) missing for %1.</source>
        <translation>Topographie (CIM-10) manquante pour la %1.</translation>
    </message>
    <message>
        <source>Morphology (ICD-O-3) missing for %1.</source>
        <translation>Morphologie (CIM-O-3) manquante pour la %1.</translation>
    </message>
    <message>
        <source>Clinical TNM missing: the case has no tumour yet.</source>
        <translation>TNM clinique manquant&#xa0;: le dossier n&apos;a encore aucune tumeur.</translation>
    </message>
    <message>
        <source>Clinical TNM missing for %1.</source>
        <translation>TNM clinique manquant pour la %1.</translation>
    </message>
    <message>
        <source>Edition of the clinical TNM (e.g. UICC 8) missing for %1.</source>
        <translation>Édition du TNM clinique (p. ex. UICC 8) manquante pour la %1.</translation>
    </message>
    <message>
        <source>Geriatric screening: the patient&apos;s birth date is unknown, so whether it is needed (from 75) cannot be told.</source>
        <translation>Dépistage gériatrique&#xa0;: la date de naissance du patient est inconnue, on ne peut donc pas savoir s&apos;il est nécessaire (à partir de 75 ans).</translation>
    </message>
    <message>
        <source>Geriatric screening (tool and score) missing: the patient is %1 at the meeting.</source>
        <translation>Dépistage gériatrique (outil et score) manquant&#xa0;: le patient aura %1 ans à la réunion.</translation>
    </message>
    <message>
        <source>Pathology report conclusion missing.</source>
        <translation>Conclusion du compte rendu anatomopathologique manquante.</translation>
    </message>
    <message>
        <source>What is missing before the meeting of %1 on %2 at %3</source>
        <translation>Éléments manquants avant la réunion %1 du %2 à %3</translation>
    </message>
    <message>
        <source>Registration deadline: %1</source>
        <translation>Date limite d&apos;inscription&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every case of this session is complete.</source>
        <translation>Tous les dossiers de cette séance sont complets.</translation>
    </message>
    <message>
        <source>No requesting physician named</source>
        <translation>Aucun médecin demandeur indiqué</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation>Cette séance n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Unknown committee</source>
        <translation>RCP inconnue</translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>Patient inconnu</translation>
    </message>
    <message>
        <source>Requesting physician not in the directory</source>
        <translation>Médecin demandeur absent de l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>An earlier step of this change failed; nothing was saved.</source>
        <translation>Une étape précédente de cette modification a échoué&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the file is not a readable SQLite database</source>
        <translation>le fichier n&apos;est pas une base de données SQLite lisible</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Concerto (schema %1, this version knows %2)</source>
        <translation>le fichier a été écrit par une version plus récente de Concerto (schéma %1, alors que cette version connaît le schéma %2)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>la migration vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 is opened read-only: nothing can be changed.</source>
        <translation>La base de données %1 est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The database %1 was altered outside Concerto, so it is opened read-only and nothing can be changed. %2 Restore it from a backup.</source>
        <translation>La base de données %1 a été modifiée hors de Concerto&#xa0;: elle est ouverte en lecture seule et rien ne peut être modifié. %2 Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 was not opened: this copy of Concerto runs on a SQLite without encryption, which would write patients&apos; data in clear. Reinstall Concerto.</source>
        <translation>%1 n’a pas été ouverte&#xa0;: cette copie de Concerto fonctionne sur un SQLite sans chiffrement, qui écrirait en clair les données des patients. Réinstallez Concerto.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>This case was postponed to a later session.</source>
        <translation>Ce dossier a été reporté à une séance ultérieure.</translation>
    </message>
    <message>
        <source>This case&apos;s fiche is signed: a correction is a new version of the fiche.</source>
        <translation>La fiche de ce dossier est signée&#xa0;: une correction est une nouvelle version de la fiche.</translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation>Cette fiche est signée et ne peut plus changer&#xa0;: une correction est une nouvelle version.</translation>
    </message>
    <message>
        <source>Give the reason why the case is postponed.</source>
        <translation>Indiquez pourquoi le dossier est reporté.</translation>
    </message>
    <message>
        <source>This case is decided: it can no longer be postponed.</source>
        <translation>Ce dossier est décidé&#xa0;: il ne peut plus être reporté.</translation>
    </message>
    <message>
        <source>A case is postponed to a later session.</source>
        <translation>Un dossier se reporte à une séance ultérieure.</translation>
    </message>
    <message>
        <source>This case is to be discussed: only a case to register without discussion is pre-validated.</source>
        <translation>Ce dossier est à discuter&#xa0;: seul un dossier à enregistrer sans discussion se pré-valide.</translation>
    </message>
    <message>
        <source>This session is over or cancelled.</source>
        <translation>Cette séance est terminée ou annulée.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of patients must be at least 1.</source>
        <translation>Le nombre de patients doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The reference date must be from %1 to %2.</source>
        <translation>La date de référence doit être comprise entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A demo fiche does not pass the signing check: %1</source>
        <translation>Une fiche de démonstration ne satisfait pas la vérification avant signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>Impossible d&apos;écrire dans la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A demo fiche names no committee of the demo.</source>
        <translation>Une fiche de démonstration ne désigne aucune RCP de la démonstration.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>The RPPS %1 is already %2&apos;s.</source>
        <translation>Le RPPS %1 est déjà celui de %2.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same birth date, sex and names</source>
        <translation>même date de naissance, même sexe et mêmes noms</translation>
    </message>
    <message>
        <source>same birth date, sex and given name; the birth name of one is the used name of the other</source>
        <translation>même date de naissance, même sexe et même prénom&#xa0;; le nom de naissance de l&apos;une est le nom d&apos;usage de l&apos;autre</translation>
    </message>
    <message>
        <source>same birth date and sex; birth name and given name swapped</source>
        <translation>même date de naissance et même sexe&#xa0;; nom de naissance et prénom inversés</translation>
    </message>
    <message>
        <source>same birth date and sex; names differ by one letter</source>
        <translation>même date de naissance et même sexe&#xa0;; les noms diffèrent d&apos;une lettre</translation>
    </message>
</context>
<context>
    <name>EncryptFile</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is already encrypted (it has no SQLite header in clear): nothing was changed.</source>
        <translation>%1 est déjà chiffrée (elle n’a pas d’en-tête SQLite en clair)&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is open in another Concerto (process %2): close it, then encrypt it.</source>
        <translation>%1 est ouverte dans un autre Concerto (processus %2)&#xa0;: fermez-la, puis chiffrez-la.</translation>
    </message>
    <message>
        <source>%1 is read-only or was altered outside Concerto: it was not encrypted. %2</source>
        <translation>%1 est en lecture seule ou a été modifiée hors de Concerto&#xa0;: elle n’a pas été chiffrée. %2</translation>
    </message>
    <message>
        <source>%1 could not be encrypted: %2 The file was left as it was, in clear.</source>
        <translation>%1 n’a pas pu être chiffrée&#xa0;: %2 Le fichier a été laissé tel quel, en clair.</translation>
    </message>
    <message>
        <source>the encrypted copy is damaged (%1).</source>
        <translation>la copie chiffrée est endommagée (%1).</translation>
    </message>
    <message>
        <source>the encrypted copy does not hold what the file holds.</source>
        <translation>la copie chiffrée ne contient pas ce que contient le fichier.</translation>
    </message>
    <message>
        <source>the copy is still in clear.</source>
        <translation>la copie est encore en clair.</translation>
    </message>
    <message>
        <source>its write-ahead log is still in use by another program.</source>
        <translation>son journal d’écriture anticipée est encore utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>the encrypted copy could not take its place.</source>
        <translation>la copie chiffrée n’a pas pu prendre sa place.</translation>
    </message>
</context>
<context>
    <name>FicheContext</name>
    <message>
        <source>The session of this fiche is missing from the database.</source>
        <translation>La séance de cette fiche est absente de la base de données.</translation>
    </message>
    <message>
        <source>The case of this fiche is missing from the database.</source>
        <translation>Le dossier de cette fiche est absent de la base de données.</translation>
    </message>
    <message>
        <source>The patient of this fiche is missing from the database.</source>
        <translation>Le patient de cette fiche est absent de la base de données.</translation>
    </message>
    <message>
        <source>The committee of this fiche is missing from the database.</source>
        <translation>La RCP de cette fiche est absente de la base de données.</translation>
    </message>
    <message>
        <source>The coordination centre (3C) of this committee is missing from the database.</source>
        <translation>Le centre de coordination en cancérologie (3C) de cette RCP est absent de la base de données.</translation>
    </message>
    <message>
        <source>This fiche does not exist in the database.</source>
        <translation>Cette fiche n&apos;existe pas dans la base de données.</translation>
    </message>
</context>
<context>
    <name>FicheVersions</name>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum override</source>
        <translation>Dérogation au quorum</translation>
    </message>
    <message>
        <source>File complete</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <source>Referral to a recours RCP</source>
        <translation>Recours à une RCP de recours</translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation>Surveillance seule</translation>
    </message>
    <message>
        <source>Further exams</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Guideline, conformity and trial</source>
        <translation>Référentiel, conformité et essai</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation>Avis écrits</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>The case as frozen</source>
        <translation>Le dossier tel que figé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Fiches</name>
    <message>
        <source>The committee of this fiche is not in the directory: its quorum rule cannot be checked.</source>
        <translation>La RCP de cette fiche n&apos;est pas dans l&apos;annuaire&#xa0;: sa règle de quorum ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation>Cette fiche est signée et ne peut plus changer&#xa0;: une correction est une nouvelle version.</translation>
    </message>
    <message>
        <source>A fiche is signed by the person signed in, as themselves.</source>
        <translation>Une fiche est signée par la personne connectée, en son nom propre.</translation>
    </message>
    <message>
        <source>Only the coordinator of %1 or a deputy named in the directory signs its fiches.</source>
        <translation>Seul le coordonnateur de %1 ou un suppléant désigné dans l&apos;annuaire signe ses fiches.</translation>
    </message>
    <message>
        <source>Give the reason why the case is decided without its quorum.</source>
        <translation>Donnez la raison pour laquelle le cas est décidé sans son quorum.</translation>
    </message>
    <message>
        <source>The committee of this fiche is not in the directory.</source>
        <translation>La RCP de cette fiche n&apos;est pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Only the coordinator of %1 or a deputy named in the directory overrides its quorum.</source>
        <translation>Seul le coordonnateur de %1 ou un suppléant désigné dans l&apos;annuaire peut passer outre son quorum.</translation>
    </message>
    <message>
        <source>This fiche has a synchronisation conflict open: settle it in Synchronisation before signing.</source>
        <translation>Cette fiche a un conflit de synchronisation ouvert&#xa0;: réglez-le dans Synchronisation avant de la signer.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message numerus="yes">
        <source>%n more character(s) to type (13 and a 2-digit key).</source>
        <translation>
            <numerusform>Encore %n caractère à saisir (13 et une clé à 2 chiffres).</numerusform>
            <numerusform>Encore %n caractères à saisir (13 et une clé à 2 chiffres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is correct.</source>
        <translation>La clé est correcte.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 18/09/1942.</source>
        <translation>Jour/mois/année, par exemple 18/09/1942.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example 18/09/1942.</source>
        <translation>Saisissez la date au format jour/mois/année, par exemple 18/09/1942.</translation>
    </message>
    <message>
        <source>There is no month %1: a month is 1 to 12.</source>
        <translation>Il n&apos;y a pas de mois %1&#xa0;: un mois va de 1 à 12.</translation>
    </message>
    <message>
        <source>This date does not exist: %1 has %2 days.</source>
        <translation>Cette date n&apos;existe pas&#xa0;: %1 compte %2 jours.</translation>
    </message>
    <message>
        <source>The birth date is after today.</source>
        <translation>La date de naissance est postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The year %1 is too far back: check it.</source>
        <translation>L&apos;année %1 est trop ancienne&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>5 characters: a commune (14118) or 99 and a country (99134).</source>
        <translation>5 caractères&#xa0;: une commune (14118) ou 99 et un pays (99134).</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Typed without an identity document, INS not checked.</source>
        <translation>Saisie sans pièce d&apos;identité, INS non vérifié.</translation>
    </message>
    <message>
        <source>INS returned by the national service, identity document not seen.</source>
        <translation>INS renvoyé par le téléservice national, pièce d&apos;identité non vue.</translation>
    </message>
    <message>
        <source>Identity document seen, INS not yet checked with the national service.</source>
        <translation>Pièce d&apos;identité vue, INS pas encore vérifié auprès du téléservice national.</translation>
    </message>
    <message>
        <source>Identity document seen and INS checked: the INS may be shared.</source>
        <translation>Pièce d&apos;identité vue et INS vérifié&#xa0;: l&apos;INS peut être partagé.</translation>
    </message>
    <message>
        <source>The INS is shown and recorded only for a qualified identity (document seen and INS checked with the national service).</source>
        <translation>L&apos;INS n&apos;est affiché et enregistré que pour une identité qualifiée (pièce d&apos;identité vue et INS vérifié auprès du téléservice national).</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>(not shown: identity not qualified)</source>
        <translation>(non affiché&#xa0;: identité non qualifiée)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birthplace (INSEE)</source>
        <translation>Lieu de naissance (INSEE)</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The birth date is incomplete: day/month/year.</source>
        <translation>La date de naissance est incomplète&#xa0;: jour/mois/année.</translation>
    </message>
    <message>
        <source>This patient is no longer in the registry.</source>
        <translation>Ce patient ne figure plus dans le registre.</translation>
    </message>
    <message>
        <source>This patient has a case or a fiche: the identity is kept and cannot be deleted.</source>
        <translation>Ce patient a un dossier ou une fiche&#xa0;: l&apos;identité est conservée et ne peut pas être supprimée.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed: the rest of the file was read as one value.</source>
        <translation>Un guillemet ouvert sur cette ligne n&apos;est jamais fermé&#xa0;: le reste du fichier a été lu comme une seule valeur.</translation>
    </message>
    <message>
        <source>The line holds characters that are not UTF-8 (the file was perhaps saved as Latin-1 or Windows-1252): save it as UTF-8 and import it again.</source>
        <translation>La ligne contient des caractères qui ne sont pas en UTF-8 (le fichier a peut-être été enregistré en Latin-1 ou Windows-1252)&#xa0;: enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The header line cannot be read: %1</source>
        <translation>La ligne d&apos;en-tête ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(an empty name)</source>
        <translation>(un nom vide)</translation>
    </message>
    <message>
        <source>required columns missing: %1</source>
        <translation>colonnes obligatoires manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>columns this import does not know: %1</source>
        <translation>colonnes inconnues de cet import&#xa0;: %1</translation>
    </message>
    <message>
        <source>columns named twice: %1</source>
        <translation>colonnes nommées deux fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported: %1. The header line (line 1) names the columns, separated by &apos;;&apos; or &apos;,&apos;: %2.</source>
        <translation>Le fichier a été refusé et rien n&apos;a été importé&#xa0;: %1. La ligne d&apos;en-tête (ligne 1) nomme les colonnes, séparées par &apos;;&apos; ou &apos;,&apos;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not written DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>La date de naissance «&#xa0;%1&#xa0;» n&apos;est pas écrite JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; does not exist.</source>
        <translation>La date de naissance «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is unknown: M or F.</source>
        <translation>Le sexe «&#xa0;%1&#xa0;» est inconnu&#xa0;: M ou F.</translation>
    </message>
    <message>
        <source>The identity status &quot;%1&quot; is unknown: PROV, RECUP, VALI or QUAL.</source>
        <translation>Le statut d&apos;identité «&#xa0;%1&#xa0;» est inconnu&#xa0;: PROV, RECUP, VALI ou QUAL.</translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2: a value holding the separator &apos;%3&apos; must be put between quotes.</source>
        <translation>La ligne a %1 champs quand l&apos;en-tête en a %2&#xa0;: une valeur contenant le séparateur &apos;%3&apos; doit être mise entre guillemets.</translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2: it seems to separate them with &apos;%3&apos; where the header uses &apos;%4&apos;.</source>
        <translation>La ligne a %1 champs quand l&apos;en-tête en a %2&#xa0;: elle semble les séparer par &apos;%3&apos; quand l&apos;en-tête utilise &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>The line has %1 fields where the header has %2.</source>
        <translation>La ligne a %1 champs quand l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>A patient with this INS is already recorded.</source>
        <translation>Un patient avec cet INS est déjà enregistré.</translation>
    </message>
    <message>
        <source>A patient with this IPP is already recorded.</source>
        <translation>Un patient avec cet IPP est déjà enregistré.</translation>
    </message>
    <message>
        <source>May be %1 (%2): imported apart, to review.</source>
        <translation>Peut-être %1 (%2)&#xa0;: importé à part, à vérifier.</translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation>La ligne est vide.</translation>
    </message>
    <message>
        <source>The import stopped at line %1 (the lines before it are saved): %2</source>
        <translation>L&apos;import s&apos;est arrêté à la ligne %1 (les lignes précédentes sont enregistrées)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The INS %1 is already recorded for another identity: %2 (patient %3); this line gives %4. Nothing was imported for this line: check both identities.</source>
        <translation>L&apos;INS %1 est déjà enregistré pour une autre identité&#xa0;: %2 (patient %3)&#xa0;; cette ligne donne %4. Rien n&apos;a été importé pour cette ligne&#xa0;: vérifiez les deux identités.</translation>
    </message>
    <message>
        <source>The IPP %1 is already recorded for another identity: %2 (patient %3); this line gives %4. Nothing was imported for this line: check both identities.</source>
        <translation>L&apos;IPP %1 est déjà enregistré pour une autre identité&#xa0;: %2 (patient %3)&#xa0;; cette ligne donne %4. Rien n&apos;a été importé pour cette ligne&#xa0;: vérifiez les deux identités.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>La période doit avoir un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The period may last at most ten years.</source>
        <translation>La période ne peut pas dépasser dix ans.</translation>
    </message>
    <message>
        <source>section;key;label;value;percentage;denominator</source>
        <translation>section;clé;libellé;valeur;pourcentage;dénominateur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Cases registered for the sessions</source>
        <translation>Dossiers inscrits aux séances</translation>
    </message>
    <message>
        <source>Fiches (an amended fiche counts once)</source>
        <translation>Fiches (une fiche amendée compte une seule fois)</translation>
    </message>
    <message>
        <source>Distinct patients</source>
        <translation>Patients distincts</translation>
    </message>
    <message>
        <source>New patients (first fiche ever)</source>
        <translation>Nouveaux patients (première fiche)</translation>
    </message>
    <message>
        <source>Registered cases (ORG-128)</source>
        <translation>Dossiers enregistrés (ORG-128)</translation>
    </message>
    <message>
        <source>Discussed cases (ORG-134)</source>
        <translation>Dossiers discutés (ORG-134)</translation>
    </message>
    <message>
        <source>Postponed cases</source>
        <translation>Dossiers reportés</translation>
    </message>
    <message>
        <source>Signed fiches</source>
        <translation>Fiches signées</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Quorum met (of discussed cases)</source>
        <translation>Quorum atteint (parmi les dossiers discutés)</translation>
    </message>
    <message>
        <source>Complete files</source>
        <translation>Dossiers complets</translation>
    </message>
    <message>
        <source>Proposals conform to the guideline</source>
        <translation>Propositions conformes au référentiel</translation>
    </message>
    <message>
        <source>Clinical trial proposed</source>
        <translation>Essai clinique proposé</translation>
    </message>
    <message>
        <source>Recours (recours RCP or recours motif)</source>
        <translation>Recours (RCP de recours ou motif de recours)</translation>
    </message>
    <message>
        <source>HAS level 1: dated fiche with a proposal</source>
        <translation>HAS niveau 1&#xa0;: fiche datée comportant une proposition</translation>
    </message>
    <message>
        <source>HAS level 2: and at least 3 specialties present</source>
        <translation>HAS niveau 2&#xa0;: et au moins 3 spécialités présentes</translation>
    </message>
    <message>
        <source>Delays (median, days)</source>
        <translation>Délais (médiane, en jours)</translation>
    </message>
    <message>
        <source>By organ</source>
        <translation>Par organe</translation>
    </message>
    <message>
        <source>By ICD-10 topography</source>
        <translation>Par topographie CIM-10</translation>
    </message>
    <message>
        <source>By stage group</source>
        <translation>Par stade</translation>
    </message>
    <message>
        <source>By WHO performance status</source>
        <translation>Par état général OMS</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By age at the meeting</source>
        <translation>Par âge à la réunion</translation>
    </message>
    <message>
        <source>No organisation of the directory has the id %1.</source>
        <translation>Aucune organisation de l&apos;annuaire n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is not a 3C.</source>
        <translation>%1 n&apos;est pas un 3C.</translation>
    </message>
    <message>
        <source>No committee of the directory has the id %1.</source>
        <translation>Aucune RCP de l&apos;annuaire n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Transversal RCP</source>
        <translation>RCP transversale</translation>
    </message>
    <message>
        <source>TNM not applicable</source>
        <translation>TNM non applicable</translation>
    </message>
    <message>
        <source>Not staged</source>
        <translation>Non stadifié</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stade %1</translation>
    </message>
    <message>
        <source>WHO %1</source>
        <translation>OMS %1</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <source>Under 40</source>
        <translation>Moins de 40 ans</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80 ans et plus</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>No committee of the directory has the appareil or organ code %1.</source>
        <translation>Aucune RCP de l&apos;annuaire n&apos;a le code d&apos;appareil ou d&apos;organe %1.</translation>
    </message>
    <message>
        <source>The fiche %1 holds a value the statistics cannot read (%2: &quot;%3&quot;): no figures were computed. Correct the record or restore the file from a backup.</source>
        <translation>La fiche %1 contient une valeur que les statistiques ne peuvent pas lire (%2&#xa0;: «&#xa0;%3&#xa0;»)&#xa0;: aucun chiffre n&apos;a été calculé. Corrigez l&apos;enregistrement ou restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message numerus="yes">
        <source>Registration to meeting (%Ln case(s))</source>
        <translation>
            <numerusform>De l&apos;inscription à la réunion (%Ln dossier)</numerusform>
            <numerusform>De l&apos;inscription à la réunion (%Ln dossiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting to signature (%Ln fiche(s))</source>
        <translation>
            <numerusform>De la réunion à la signature (%Ln fiche)</numerusform>
            <numerusform>De la réunion à la signature (%Ln fiches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>%1 needs its key, and none was given: on a machine without a system keychain, name a key file with --key-file FILE or CONCERTO_KEY_FILE (64 hexadecimal characters, readable by its owner only).</source>
        <translation>%1 a besoin de sa clé, et aucune n’a été donnée&#xa0;: sur une machine sans trousseau du système, désignez un fichier de clé avec --key-file FICHIER ou CONCERTO_KEY_FILE (64 caractères hexadécimaux, lisible par son seul propriétaire).</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Le fichier de clé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users than you: it was not used. Make it yours and private (chmod 600).</source>
        <translation>Le fichier de clé %1 peut être lu par d’autres utilisateurs que vous&#xa0;: il n’a pas été utilisé. Rendez-le vôtre et privé (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Le fichier de clé %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a key: it must hold 64 hexadecimal characters.</source>
        <translation>Le fichier de clé %1 ne contient pas de clé&#xa0;: il doit contenir 64 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>%1 needs its key, and no system keychain answered to find or keep it (%2). On a machine without a keychain, name a key file with --key-file FILE or CONCERTO_KEY_FILE (64 hexadecimal characters, readable by its owner only).</source>
        <translation>%1 a besoin de sa clé, et aucun trousseau du système n’a répondu pour la trouver ou la garder (%2). Sur une machine sans trousseau, désignez un fichier de clé avec --key-file FICHIER ou CONCERTO_KEY_FILE (64 caractères hexadécimaux, lisible par son seul propriétaire).</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for %1 holds no key.</source>
        <translation>L’entrée du trousseau du système pour %1 ne contient pas de clé.</translation>
    </message>
    <message>
        <source>%1 needs its key, and the system keychain holds none for it (give its key file with --key-file FILE if it was made with one).</source>
        <translation>%1 a besoin de sa clé, et le trousseau du système n’en contient aucune pour elle (donnez son fichier de clé avec --key-file FICHIER si elle a été créée avec un).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planned</source>
        <comment>session status</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>session status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>session status</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>session status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>fiche state</comment>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Amendment draft</source>
        <comment>fiche state</comment>
        <translation>Amendement en brouillon</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>fiche state</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>To validate</source>
        <comment>fiche state</comment>
        <translation>À valider</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>fiche state</comment>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>fiche state</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>To discuss</source>
        <comment>agenda state of a case</comment>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Being discussed</source>
        <comment>agenda state of a case</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Discussed</source>
        <comment>agenda state of a case</comment>
        <translation>Discuté</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>agenda state of a case</comment>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Postponed</source>
        <comment>agenda state of a case</comment>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>3C administrator</source>
        <translation>Administrateur 3C</translation>
    </message>
    <message>
        <source>Network administrator</source>
        <translation>Administrateur du réseau</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>edit the directory</source>
        <translation>modifier l&apos;annuaire</translation>
    </message>
    <message>
        <source>import value sets</source>
        <translation>importer des jeux de valeurs</translation>
    </message>
    <message>
        <source>plan sessions</source>
        <translation>planifier les séances</translation>
    </message>
    <message>
        <source>create or change patients&apos; identities</source>
        <translation>créer ou modifier l&apos;identité des patients</translation>
    </message>
    <message>
        <source>import patients</source>
        <translation>importer des patients</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>inscrire des dossiers</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>modifier des dossiers</translation>
    </message>
    <message>
        <source>record the board&apos;s decisions</source>
        <translation>saisir les décisions de la réunion</translation>
    </message>
    <message>
        <source>sign fiches</source>
        <translation>signer les fiches</translation>
    </message>
    <message>
        <source>correct signed fiches</source>
        <translation>corriger les fiches signées</translation>
    </message>
    <message>
        <source>take the attendance</source>
        <translation>faire l&apos;appel des présents</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>This session is cancelled: it has no attendance.</source>
        <translation>Cette séance est annulée&#xa0;: elle n&apos;a pas de liste de présence.</translation>
    </message>
    <message>
        <source>This session is closed: its attendance can no longer change.</source>
        <translation>Cette séance est close&#xa0;: sa liste de présence ne peut plus changer.</translation>
    </message>
    <message>
        <source>A guest without RPPS needs a name, a specialty and an organisation.</source>
        <translation>Un invité sans RPPS doit avoir un nom, une spécialité et un organisme.</translation>
    </message>
    <message>
        <source>This professional is not in the directory.</source>
        <translation>Ce professionnel n&apos;est pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>This person is not on the session&apos;s attendance list.</source>
        <translation>Cette personne n&apos;est pas sur la liste de présence de la séance.</translation>
    </message>
    <message>
        <source>A written opinion needs its author and its text.</source>
        <translation>Un avis écrit doit avoir son auteur et son texte.</translation>
    </message>
    <message>
        <source>Only someone present can be in the room or remote: check them in first.</source>
        <translation>Seule une personne présente peut être dans la salle ou à distance&#xa0;: enregistrez d&apos;abord son arrivée.</translation>
    </message>
    <message>
        <source>A written opinion is entered before the meeting: this session is over or cancelled.</source>
        <translation>Un avis écrit se saisit avant la réunion&#xa0;: cette séance est terminée ou annulée.</translation>
    </message>
</context>
<context>
    <name>Nomenclature</name>
    <message>
        <source>Surgery</source>
        <translation>Intervention chirurgicale</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>Brachytherapy</source>
        <translation>Curiethérapie</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Thérapie ciblée</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Hormonothérapie</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Immunothérapie</translation>
    </message>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiologie interventionnelle</translation>
    </message>
    <message>
        <source>Therapeutic window</source>
        <translation>Fenêtre thérapeutique</translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation>Surveillance seule</translation>
    </message>
    <message>
        <source>Active surveillance</source>
        <translation>Surveillance active</translation>
    </message>
    <message>
        <source>Interventional endoscopy</source>
        <translation>Endoscopie interventionnelle</translation>
    </message>
    <message>
        <source>Radioiodine therapy</source>
        <translation>Irathérapie</translation>
    </message>
    <message>
        <source>Allograft / autograft</source>
        <translation>Allogreffe / Autogreffe</translation>
    </message>
    <message>
        <source>Other treatment(s)</source>
        <translation>Autre(s) traitement(s)</translation>
    </message>
    <message>
        <source>Other specific drug treatment(s)</source>
        <translation>Autre(s) traitement(s) médicamenteux spécifique(s)</translation>
    </message>
    <message>
        <source>Supportive care</source>
        <translation>Soins de support</translation>
    </message>
    <message>
        <source>Palliative care</source>
        <translation>Soins palliatifs</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Quorum not met</source>
        <translation>Quorum non atteint</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Registered (follows a guideline)</source>
        <translation>Cas enregistré (selon un référentiel)</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Cas discuté</translation>
    </message>
    <message>
        <source>Organ RCP</source>
        <translation>RCP Appareil - Organes</translation>
    </message>
    <message>
        <source>Transversal and supportive care RCP</source>
        <translation>RCP Transversale et de soins de support</translation>
    </message>
    <message>
        <source>Initial phase</source>
        <translation>Phase initiale du cancer</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Rechute du cancer</translation>
    </message>
    <message>
        <source>0: Fully active, no restriction</source>
        <translation>0&#xa0;: Activité normale, sans restriction</translation>
    </message>
    <message>
        <source>1: Restricted in strenuous activity, ambulatory</source>
        <translation>1&#xa0;: Activité physique intense restreinte, patient ambulatoire</translation>
    </message>
    <message>
        <source>2: Ambulatory, self-care, unable to work</source>
        <translation>2&#xa0;: Ambulatoire, autonome pour les soins personnels, incapable de travailler</translation>
    </message>
    <message>
        <source>3: Limited self-care, in bed or chair over half the day</source>
        <translation>3&#xa0;: Autonomie limitée, alité ou au fauteuil plus de la moitié de la journée</translation>
    </message>
    <message>
        <source>4: Completely disabled, confined to bed or chair</source>
        <translation>4&#xa0;: Totalement dépendant, confiné au lit ou au fauteuil</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Provisional identity</source>
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Recovered identity</source>
        <translation>Identité récupérée</translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation>Identité validée</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>Other specialty</source>
        <translation>Autre spécialité</translation>
    </message>
    <message>
        <source>%1: cannot store the value set %2 (version %3): %4</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le jeu de valeurs %2 (version %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The value set %1 has no loaded version %2.</source>
        <translation>Le jeu de valeurs %1 n&apos;a pas de version %2 chargée.</translation>
    </message>
    <message>
        <source>%1 is not a value set (IHE SVS RetrieveValueSetResponse): its root element is %2.</source>
        <translation>%1 n&apos;est pas un jeu de valeurs (IHE SVS RetrieveValueSetResponse)&#xa0;: son élément racine est %2.</translation>
    </message>
    <message>
        <source>a second ValueSet; a file must hold exactly one value set.</source>
        <translation>un second ValueSet&#xa0;; un fichier doit contenir exactement un jeu de valeurs.</translation>
    </message>
    <message>
        <source>%1: no ValueSet element; this is not a value set.</source>
        <translation>%1&#xa0;: aucun élément ValueSet&#xa0;; ce n&apos;est pas un jeu de valeurs.</translation>
    </message>
    <message>
        <source>%1: the value set %2 has no concept.</source>
        <translation>%1&#xa0;: le jeu de valeurs %2 ne contient aucun concept.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the XML is malformed or cut short (%3).</source>
        <translation>%1, ligne %2&#xa0;: le XML est mal formé ou tronqué (%3).</translation>
    </message>
    <message>
        <source>the ValueSet has no valid OID in its id attribute (&quot;%1&quot;).</source>
        <translation>le ValueSet n&apos;a pas d&apos;OID valide dans son attribut id («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the ValueSet has no displayName.</source>
        <translation>le ValueSet n&apos;a pas de displayName.</translation>
    </message>
    <message>
        <source>the ValueSet has no version.</source>
        <translation>le ValueSet n&apos;a pas de version.</translation>
    </message>
    <message>
        <source>the revisionDate is not a date.</source>
        <translation>la revisionDate n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>a Concept has no code.</source>
        <translation>un Concept n&apos;a pas de code.</translation>
    </message>
    <message>
        <source>the concept %1 has no displayName.</source>
        <translation>le concept %1 n&apos;a pas de displayName.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>le code %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>the concept %1 has a dateValid or dateFin that is not a date.</source>
        <translation>le concept %1 a un dateValid ou un dateFin qui n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>This session does not exist (any more).</source>
        <translation>Cette séance n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Only a planned session can be moved or cancelled; this one is %1.</source>
        <translation>Seule une séance prévue peut être déplacée ou annulée&#xa0;; celle-ci est %1.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>held or under way</source>
        <translation>tenue ou en cours</translation>
    </message>
    <message>
        <source>Say why the session moves: the members and the requesters will read it.</source>
        <translation>Indiquez pourquoi la séance est déplacée&#xa0;: les membres et les demandeurs le liront.</translation>
    </message>
    <message>
        <source>Give the new date and time of the session.</source>
        <translation>Indiquez la nouvelle date et l&apos;heure de la séance.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled: the members and the requesters will read it.</source>
        <translation>Indiquez pourquoi la séance est annulée&#xa0;: les membres et les demandeurs le liront.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
</context>
<context>
    <name>QuorumText</name>
    <message>
        <source>%1 missing</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>the requesting physician is neither present nor represented</source>
        <translation>le médecin demandeur n&apos;est ni présent ni représenté</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Quorum not met: %1</source>
        <translation>Quorum non atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation> (au moins %1)</translation>
    </message>
    <message>
        <source>Written opinion counted for %1</source>
        <translation>Avis écrit compté pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more specialty(ies) needed</source>
        <translation>
            <numerusform>%Ln spécialité de plus nécessaire</numerusform>
            <numerusform>%Ln spécialités de plus nécessaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct specialty(ies) counted</source>
        <translation>
            <numerusform>%Ln spécialité distincte comptée</numerusform>
            <numerusform>%Ln spécialités distinctes comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s) counted</source>
        <translation>
            <numerusform>%Ln présent compté</numerusform>
            <numerusform>%Ln présents comptés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Choose the patient.</source>
        <translation>Choisissez le patient.</translation>
    </message>
    <message>
        <source>Choose the session the case is registered for.</source>
        <translation>Choisissez la séance pour laquelle le dossier est inscrit.</translation>
    </message>
    <message>
        <source>Choose the requesting physician.</source>
        <translation>Choisissez le médecin demandeur.</translation>
    </message>
    <message>
        <source>Tick at least one motif: diagnostic opinion, treatment proposal, recours or paediatrics.</source>
        <translation>Cochez au moins un motif&#xa0;: avis diagnostique, proposition thérapeutique, recours ou pédiatrie.</translation>
    </message>
    <message>
        <source>Say whether the case is to be discussed or registered without discussion.</source>
        <translation>Indiquez si le dossier est à discuter ou enregistré sans discussion.</translation>
    </message>
    <message>
        <source>Write the question put to the board.</source>
        <translation>Rédigez la question posée à la RCP.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This patient already has a case on this session.</source>
        <translation>Ce patient a déjà un dossier dans cette séance.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>Le PDF ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write.</source>
        <translation>%1 est un dossier&#xa0;: donnez le nom d&apos;un fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): nothing was written to it.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)&#xa0;: rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the database in use (or one of its SQLite files): it is never written over.</source>
        <translation>%1 est la base de données utilisée (ou l&apos;un de ses fichiers SQLite)&#xa0;: elle n&apos;est jamais écrasée.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Your role (%1) does not allow you to %2.</source>
        <translation>Votre rôle (%1) ne vous permet pas de %2.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This case does not exist (any more).</source>
        <translation>Ce dossier n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation>Cette séance n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This committee is not in the directory.</source>
        <translation>Cette RCP n&apos;est pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Fiche RCP</source>
        <translation>Fiche RCP</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>Topography</source>
        <translation>Topographie</translation>
    </message>
    <message>
        <source>Morphology</source>
        <translation>Morphologie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Changed on this computer and on the server since the last synchronisation</source>
        <translation>Modifié sur cet ordinateur et sur le serveur depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>Signed here, and the server holds another text</source>
        <translation>Signée ici, et le serveur en détient un autre texte</translation>
    </message>
    <message>
        <source>Two amendments of the same version, made apart</source>
        <translation>Deux modifications de la même version, faites séparément</translation>
    </message>
    <message>
        <source>Another session of the committee is held that day here</source>
        <translation>Une autre séance de la RCP se tient ce jour-là ici</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Choose a side for every field changed on both sides.</source>
        <translation>Choisissez une version pour chaque champ modifié des deux côtés.</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Make sessions</source>
        <translation>Créer des séances</translation>
    </message>
    <message>
        <source>The committees could not be read: %1</source>
        <translation>Les RCP n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make sessions from the schedules</source>
        <translation>Créer des séances d&apos;après les calendriers</translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation>Toutes les RCP</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;RCP</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be made: %2</source>
        <translation>Les séances de %1 n&apos;ont pas pu être créées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Required: the members and the requesters will read it</source>
        <translation>Obligatoire&#xa0;: les membres et les demandeurs le liront</translation>
    </message>
    <message>
        <source>Now planned</source>
        <translation>Prévue actuellement</translation>
    </message>
    <message>
        <source>&amp;New date and time (Paris)</source>
        <translation>&amp;Nouvelle date et heure (Paris)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>The committee has no later session planned yet: make some first.</source>
        <translation>La RCP n&apos;a pas encore de séance prévue plus tard&#xa0;: créez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>The next sessions of the committee:</source>
        <translation>Les prochaines séances de la RCP&#xa0;:</translation>
    </message>
    <message>
        <source>Move the case to another session</source>
        <translation>Déplacer le dossier vers une autre séance</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Les séances n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>registrations closed</source>
        <translation>inscriptions closes</translation>
    </message>
    <message>
        <source>after the deadline: the case will be marked late</source>
        <translation>après la date limite d&apos;inscription&#xa0;: le dossier sera marqué hors délai</translation>
    </message>
    <message>
        <source>The &amp;coordinator agrees to add it to a session whose registrations are closed</source>
        <translation>Le &amp;coordonnateur accepte de l&apos;ajouter à une séance dont les inscriptions sont closes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Séance actuelle</translation>
    </message>
    <message>
        <source>&amp;To the session</source>
        <translation>&amp;Vers la séance</translation>
    </message>
    <message>
        <source>The committee has no later planned session: make some first.</source>
        <translation>La RCP n&apos;a aucune séance planifiée ultérieure&#xa0;: créez-en d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) made</source>
        <translation>
            <numerusform>%Ln séance créée</numerusform>
            <numerusform>%Ln séances créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already planned.</source>
        <translation>
            <numerusform>%Ln déjà prévue.</numerusform>
            <numerusform>%Ln déjà prévues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) share a room with another at the same time: the planning marks them.</source>
        <translation>
            <numerusform>%Ln séance partage une salle avec une autre au même moment&#xa0;: le planning la signale.</numerusform>
            <numerusform>%Ln séances partagent une salle avec une autre au même moment&#xa0;: le planning les signale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session is cancelled. Its %Ln case(s) stay registered to it until they are moved.</source>
        <translation>
            <numerusform>La séance est annulée. Son dossier y reste inscrit jusqu&apos;à ce qu&apos;il soit déplacé.</numerusform>
            <numerusform>La séance est annulée. Ses %Ln dossiers y restent inscrits jusqu&apos;à ce qu&apos;ils soient déplacés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFiches</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le répertoire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>La séance n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fiches of the session could not be read: %1</source>
        <translation>Les fiches de la séance n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session has no fiche yet.</source>
        <translation>Cette séance n&apos;a encore aucune fiche.</translation>
    </message>
    <message>
        <source>Rendering the fiches of the session…</source>
        <translation>Mise en page des fiches de la séance…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print the session</source>
        <translation>Imprimer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %Ln fiche(s) written.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %1 fiche sur %Ln enregistrée.</numerusform>
            <numerusform>Annulé&#xa0;: %1 fiches sur %Ln enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPdf</name>
    <message>
        <source>This session does not exist in the database.</source>
        <translation>Cette séance n&apos;existe pas dans la base de données.</translation>
    </message>
    <message>
        <source>The committee of this session is missing from the database.</source>
        <translation>La RCP de cette séance est absente de la base de données.</translation>
    </message>
    <message>
        <source>The coordination centre (3C) of this committee is missing from the database.</source>
        <translation>Le centre de coordination en cancérologie (3C) de cette RCP est absent de la base de données.</translation>
    </message>
    <message>
        <source>The patient of a case of this session is missing from the database.</source>
        <translation>Le patient d&apos;un dossier de cette séance est absent de la base de données.</translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>The cases of the session in agenda order, in a print preview</source>
        <translation>Les dossiers de la séance dans l&apos;ordre du jour, en aperçu avant impression</translation>
    </message>
    <message>
        <source>A&amp;ttendance sheet…</source>
        <translation>&amp;Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>The members and attendees with a signature box each, in a print preview</source>
        <translation>Les membres et les participants, chacun avec une case pour signer, en aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Fiches as PDF files in a folder…</source>
        <translation>Fi&amp;ches en fichiers PDF dans un dossier…</translation>
    </message>
    <message>
        <source>One PDF file per fiche of the session, in a folder you choose</source>
        <translation>Un fichier PDF par fiche de la séance, dans le dossier de votre choix</translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %Ln fiche(s) of the session (one PDF file each)</source>
        <translation>
            <numerusform>Dossier de la fiche de la séance (un fichier PDF)</numerusform>
            <numerusform>Dossier des %Ln fiches de la séance (un fichier PDF chacune)</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was written into %1.</source>
        <translation>Aucun fichier n&apos;a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>1 fiche written as a PDF file into %1: %2.</source>
        <translation>1 fiche enregistrée en PDF dans %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) written as PDF files into %1: %2 to %3.</source>
        <translation>
            <numerusform>%Ln fiche enregistrée en PDF dans %1&#xa0;: %2 à %3.</numerusform>
            <numerusform>%Ln fiches enregistrées en PDF dans %1&#xa0;: de %2 à %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches of the session as PDF files</source>
        <translation>Fiches de la séance en fichiers PDF</translation>
    </message>
    <message>
        <source>The fiches of the session could not be read: %1</source>
        <translation>Les fiches de la séance n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session has no fiche yet.</source>
        <translation>Cette séance n&apos;a encore aucune fiche.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Staging</name>
    <message>
        <source>&quot;%1&quot; is not an Ann Arbor / Lugano stage: write I to IV, then the letters that apply (IIA, IIEB, II bulky…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un stade Ann Arbor / Lugano&#xa0;: écrivez I à IV, puis les lettres qui s&apos;appliquent (IIA, IIEB, II bulky…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the letter %2 twice.</source>
        <translation>«&#xa0;%1&#xa0;» contient deux fois la lettre %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says both A and B: keep the one that applies (B with fever, night sweats or weight loss).</source>
        <translation>«&#xa0;%1&#xa0;» indique à la fois A et B&#xa0;: gardez celle qui s&apos;applique (B en cas de fièvre, sueurs nocturnes ou perte de poids).</translation>
    </message>
    <message>
        <source>A Hodgkin lymphoma stage says A or B (B with fever, night sweats or weight loss): write %1A or %1B.</source>
        <translation>Un stade de lymphome de Hodgkin indique A ou B (B en cas de fièvre, sueurs nocturnes ou perte de poids)&#xa0;: écrivez %1A ou %1B.</translation>
    </message>
    <message>
        <source>Stage IV has no E: an extranodal site beyond the nodes is already stage IV.</source>
        <translation>Le stade IV n&apos;a pas de E&#xa0;: une atteinte extraganglionnaire au-delà des ganglions est déjà un stade IV.</translation>
    </message>
    <message>
        <source>S (the spleen) goes with stage III only.</source>
        <translation>S (la rate) ne s&apos;emploie qu&apos;avec le stade III.</translation>
    </message>
    <message>
        <source>Lugano 2014 has no A or B for non-Hodgkin lymphomas (they are for Hodgkin lymphoma): write %1 without them.</source>
        <translation>Lugano 2014 n&apos;a ni A ni B pour les lymphomes non hodgkiniens (ils sont réservés au lymphome de Hodgkin)&#xa0;: écrivez %1 sans eux.</translation>
    </message>
    <message>
        <source>Lugano 2014 has no S: write the stage without it.</source>
        <translation>Lugano 2014 n&apos;a pas de S&#xa0;: écrivez le stade sans lui.</translation>
    </message>
    <message>
        <source>Lugano 2014 writes a bulky mass as &quot;bulky&quot; (II bulky), not X.</source>
        <translation>Lugano 2014 note une masse volumineuse «&#xa0;bulky&#xa0;» (II bulky), et non X.</translation>
    </message>
    <message>
        <source>E (extranodal extension) goes with stages I and II only in Lugano 2014.</source>
        <translation>E (extension extraganglionnaire) ne s&apos;emploie qu&apos;avec les stades I et II dans Lugano 2014.</translation>
    </message>
    <message>
        <source>&quot;bulky&quot; goes with stages I and II only in Lugano 2014.</source>
        <translation>«&#xa0;bulky&#xa0;» ne s&apos;emploie qu&apos;avec les stades I et II dans Lugano 2014.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 stage of %3: %4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un stade %2 de %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 is staged with %2 here: a FIGO %3 stage cannot be checked; restage with FIGO %4.</source>
        <translation>%1 se classe ici avec %2&#xa0;: un stade FIGO %3 ne peut pas être vérifié&#xa0;; reclassez avec FIGO %4.</translation>
    </message>
    <message>
        <source>Name the staging system of &quot;%1&quot; (FIGO, Ann Arbor, R-ISS…).</source>
        <translation>Nommez la classification de «&#xa0;%1&#xa0;» (FIGO, Ann Arbor, R-ISS…).</translation>
    </message>
    <message>
        <source>Give the %1 stage.</source>
        <translation>Indiquez le stade %1.</translation>
    </message>
    <message>
        <source>FIGO stages gynaecological cancers (cervix, endometrium, ovary…), not %1.</source>
        <translation>FIGO classe les cancers gynécologiques (col, endomètre, ovaire…), pas %1.</translation>
    </message>
    <message>
        <source>%1 stages lymphomas: this tumour is not one (%2, morphology %3).</source>
        <translation>%1 classe les lymphomes&#xa0;: cette tumeur n&apos;en est pas un (%2, morphologie %3).</translation>
    </message>
    <message>
        <source>%1 stages lymphomas, not %2.</source>
        <translation>%1 classe les lymphomes, pas %2.</translation>
    </message>
    <message>
        <source>%1 stages multiple myeloma, not %2.</source>
        <translation>%1 classe le myélome multiple, pas %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 stage: there are three, I, II and III.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un stade %2&#xa0;: il y en a trois, I, II et III.</translation>
    </message>
    <message>
        <source>A TNM stage group is not applicable to %1.</source>
        <translation>Un stade TNM ne s&apos;applique pas à %1.</translation>
    </message>
    <message>
        <source>A TNM stage group is not applicable to %1: give its %2 stage as another staging.</source>
        <translation>Un stade TNM ne s&apos;applique pas à %1&#xa0;: indiquez son stade %2 comme autre classification.</translation>
    </message>
    <message>
        <source>Stage %1 typed, but %2 gives %3 (%4).</source>
        <translation>Stade %1 saisi, mais %2 donne %3 (%4).</translation>
    </message>
    <message>
        <source>Stage %1 typed, but %2 gives one of %3 (%4).</source>
        <translation>Stade %1 saisi, mais %2 donne l&apos;un de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 category</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>%1 subcategory (%2)</source>
        <translation>sous-catégorie %1 (%2)</translation>
    </message>
    <message>
        <source>A PSA cannot be negative (%1 ng/mL).</source>
        <translation>Un PSA ne peut pas être négatif (%1 ng/mL).</translation>
    </message>
    <message>
        <source>The ISUP grade group goes from 1 to 5, not %1.</source>
        <translation>Le groupe de grade ISUP va de 1 à 5, et non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade of the 8th edition: G1, G2, G3 or GX (G4 became G3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un grade de la 8e édition&#xa0;: G1, G2, G3 ou GX (G4 est devenu G3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location: upper, middle or lower third, or X.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une localisation&#xa0;: tiers supérieur, moyen ou inférieur, ou X.</translation>
    </message>
    <message>
        <source>No staging table here covers topography %1.</source>
        <translation>Aucune table de stades ne couvre ici la topographie %1.</translation>
    </message>
    <message>
        <source>No staging table here covers topography %1 with morphology %2.</source>
        <translation>Aucune table de stades ne couvre ici la topographie %1 avec la morphologie %2.</translation>
    </message>
    <message>
        <source>T, N and M are not applicable to %1.</source>
        <translation>T, N et M ne s&apos;appliquent pas à %1.</translation>
    </message>
    <message>
        <source>T, N and M are not applicable to %1: it is staged with %2 (%3).</source>
        <translation>T, N et M ne s&apos;appliquent pas à %1&#xa0;: son stade se donne avec %2 (%3).</translation>
    </message>
    <message>
        <source>The tables here are UICC 8 (2017): a TNM of %1 is not staged with them.</source>
        <translation>Les tables sont ici celles de l&apos;UICC 8 (2017)&#xa0;: un TNM de %1 ne se classe pas avec elles.</translation>
    </message>
    <message>
        <source>%1 does not exist for %2 (%3): the %4 categories are %5.</source>
        <translation>%1 n&apos;existe pas pour %2 (%3)&#xa0;: les catégories %4 sont %5.</translation>
    </message>
    <message>
        <source>histological type (squamous cell carcinoma or adenocarcinoma)</source>
        <translation>type histologique (carcinome épidermoïde ou adénocarcinome)</translation>
    </message>
    <message>
        <source>PSA</source>
        <translation>PSA</translation>
    </message>
    <message>
        <source>ISUP grade group</source>
        <translation>groupe de grade ISUP</translation>
    </message>
    <message>
        <source>grade (G1, G2, G3 or GX)</source>
        <translation>grade (G1, G2, G3 ou GX)</translation>
    </message>
    <message>
        <source>location (upper, middle or lower third)</source>
        <translation>localisation (tiers supérieur, moyen ou inférieur)</translation>
    </message>
    <message>
        <source>%1 gives no stage group to %2 (%3).</source>
        <translation>%1 ne donne pas de stade à %2 (%3).</translation>
    </message>
    <message>
        <source>No TNM given: write it like cT2 N1 M0.</source>
        <translation>Aucun TNM indiqué&#xa0;: écrivez-le comme cT2 N1 M0.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a TNM: write it like cT2 N1 M0.</source>
        <translation>«&#xa0;%1…&#xa0;» est trop long pour un TNM&#xa0;: écrivez-le comme cT2 N1 M0.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in &quot;%2&quot;: write the categories like cT2 N1 M0 (T0, Tis, T1a…, N0 to N3, M0 or M1…).</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: écrivez les catégories comme cT2 N1 M0 (T0, Tis, T1a…, N0 à N3, M0 ou M1…).</translation>
    </message>
    <message>
        <source>A category is written twice in &quot;%1&quot;.</source>
        <translation>Une catégorie est écrite deux fois dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This fiche is signed and can no longer be changed. Create an amendment (a new version) instead.</source>
        <translation>Cette fiche est signée et ne peut plus être modifiée. Créez plutôt un amendement (une nouvelle version).</translation>
    </message>
    <message>
        <source>A fiche must name its patient.</source>
        <translation>Une fiche doit indiquer son patient.</translation>
    </message>
    <message>
        <source>Only a signed fiche is amended; this one can still be edited.</source>
        <translation>Seule une fiche signée peut être amendée&#xa0;; celle-ci est encore modifiable.</translation>
    </message>
    <message>
        <source>Say why the fiche is amended.</source>
        <translation>Indiquez le motif de l&apos;amendement.</translation>
    </message>
    <message>
        <source>A newer version of this fiche exists (version %1): amend that one.</source>
        <translation>Une version plus récente de cette fiche existe (version %1)&#xa0;: amendez plutôt celle-là.</translation>
    </message>
    <message>
        <source>This record refers to a session, patient or case that does not exist.</source>
        <translation>Cet enregistrement fait référence à une séance, un patient ou un dossier qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation>L&apos;enregistrement à supprimer n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A record of the database %1 is damaged (%2 %3): it cannot be read. Restore the file from a backup or synchronise it again.</source>
        <translation>Un enregistrement de la base de données %1 est endommagé (%2 %3)&#xa0;: il ne peut pas être lu. Restaurez le fichier depuis une sauvegarde ou synchronisez-le de nouveau.</translation>
    </message>
    <message>
        <source>The audit log can only grow: its rows are never changed.</source>
        <translation>Le journal d&apos;audit ne fait que s&apos;allonger&#xa0;: ses lignes ne sont jamais modifiées.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; nothing was changed. Try again.</source>
        <translation>La base de données %1 est utilisée par un autre programme&#xa0;; rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (input or output error of the disk).</source>
        <translation>La base de données %1 n&apos;a pas pu être lue ou écrite (erreur d&apos;entrée-sortie du disque).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of the file cannot be read. Restore it from a backup or synchronise it again.</source>
        <translation>La base de données %1 est endommagée&#xa0;: une partie du fichier ne peut pas être lue. Restaurez-la depuis une sauvegarde ou synchronisez-la de nouveau.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was changed.</source>
        <translation>Le disque qui contient %1 est plein&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>La base de données %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>A record with the same identity is already stored.</source>
        <translation>Un enregistrement de même identité est déjà enregistré.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>La modification enfreint une règle de la base de données et n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database %1 could not carry out the operation (SQLite error %2).</source>
        <translation>La base de données %1 n&apos;a pas pu effectuer l&apos;opération (erreur SQLite %2).</translation>
    </message>
    <message>
        <source>This patient has a case or a fiche: the identity is kept and cannot be deleted.</source>
        <translation>Ce patient a un dossier ou une fiche&#xa0;: l&apos;identité est conservée et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>This committee already has a session that day: move or cancel that one instead.</source>
        <translation>Cette RCP a déjà une séance ce jour-là&#xa0;: déplacez ou annulez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>This record was changed by %1 on %2 at %3 since it was opened. Your change was not saved; the other change is kept.</source>
        <translation>Cet enregistrement a été modifié par %1 le %2 à %3 depuis son ouverture. Votre modification n&apos;a pas été enregistrée&#xa0;; l&apos;autre modification est conservée.</translation>
    </message>
    <message>
        <source>The trigger %1 is missing.</source>
        <translation>Le déclencheur %1 est absent.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>La table %1 est absente.</translation>
    </message>
    <message>
        <source>The index %1 is missing.</source>
        <translation>L&apos;index %1 est absent.</translation>
    </message>
    <message>
        <source>The view %1 is missing.</source>
        <translation>La vue %1 est absente.</translation>
    </message>
    <message>
        <source>The trigger %1 was changed.</source>
        <translation>Le déclencheur %1 a été modifié.</translation>
    </message>
    <message>
        <source>The trigger %1 was added.</source>
        <translation>Le déclencheur %1 a été ajouté.</translation>
    </message>
    <message>
        <source>The server&apos;s record %1 could not be written: %2</source>
        <translation>L&apos;enregistrement %1 du serveur n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing of it was applied.</source>
        <translation>Rien n&apos;en a été appliqué.</translation>
    </message>
    <message>
        <source>The server sent a record of an unknown kind (%1).</source>
        <translation>Le serveur a envoyé un enregistrement d&apos;un type inconnu (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s record %1 lacks its id, version, time or author.</source>
        <translation>L&apos;enregistrement %1 du serveur n&apos;a pas d&apos;identifiant, de version, d&apos;heure ou d&apos;auteur.</translation>
    </message>
    <message>
        <source>The server&apos;s record %1 is damaged (its fields are not a JSON object).</source>
        <translation>L&apos;enregistrement %1 du serveur est endommagé (ses champs ne sont pas un objet JSON).</translation>
    </message>
    <message>
        <source>The server&apos;s record %1 names a %2 (%3) that is neither in this file nor in what the server sent.</source>
        <translation>L&apos;enregistrement %1 du serveur cite un(e) %2 (%3) qui n&apos;est ni dans ce fichier ni dans ce que le serveur a envoyé.</translation>
    </message>
    <message>
        <source>Records of kind %1 are not synchronised.</source>
        <translation>Les enregistrements de type %1 ne sont pas synchronisés.</translation>
    </message>
    <message>
        <source>This conflict is no longer open: it was settled meanwhile.</source>
        <translation>Ce conflit n&apos;est plus ouvert&#xa0;: il a été réglé entre-temps.</translation>
    </message>
    <message>
        <source>This conflict is not between two versions of one record; it cannot be settled field by field.</source>
        <translation>Ce conflit n&apos;oppose pas deux versions d&apos;un même enregistrement&#xa0;; il ne peut pas être réglé champ par champ.</translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be applied: it meets another conflict.</source>
        <translation>La version du serveur n&apos;a pas pu être appliquée&#xa0;: elle rencontre un autre conflit.</translation>
    </message>
</context>
<context>
    <name>TopSearch</name>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>Case of %1</source>
        <translation>Dossier de %1</translation>
    </message>
    <message>
        <source>%1, session of %2</source>
        <translation>%1, séance du %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>There is no month %1 in &quot;%2&quot;.</source>
        <translation>Le mois %1 n&apos;existe pas («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>No date was given.</source>
        <translation>Aucune date n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>Give the month as well as the year: &quot;MM/%1&quot;.</source>
        <translation>Indiquez le mois en plus de l&apos;année&#xa0;: «&#xa0;MM/%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write MM/YYYY or DD/MM/YYYY.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez MM/AAAA ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>The date of diagnosis is missing: give at least the month and the year.</source>
        <translation>La date de diagnostic est manquante&#xa0;: indiquez au moins le mois et l&apos;année.</translation>
    </message>
    <message>
        <source>The date of diagnosis (%1) is in the future.</source>
        <translation>La date de diagnostic (%1) est dans le futur.</translation>
    </message>
    <message>
        <source>The date of diagnosis (%1) is before the birth date (%2).</source>
        <translation>La date de diagnostic (%1) est antérieure à la date de naissance (%2).</translation>
    </message>
    <message>
        <source>The topography (ICD-10 code) of the tumour is missing.</source>
        <translation>La topographie (code CIM-10) de la tumeur est manquante.</translation>
    </message>
    <message>
        <source>The WHO performance status is missing (0 to 4).</source>
        <translation>L&apos;indice de performance OMS est manquant (0 à 4).</translation>
    </message>
    <message>
        <source>The WHO performance status runs from 0 to 4, not %1.</source>
        <translation>L&apos;indice de performance OMS va de 0 à 4, et non %1.</translation>
    </message>
    <message>
        <source>The WHO performance status is a number from 0 to 4, not &quot;%1&quot;.</source>
        <translation>L&apos;indice de performance OMS est un nombre de 0 à 4, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This fiche is already signed: a correction needs a new version.</source>
        <translation>Cette fiche est déjà signée&#xa0;: une correction nécessite une nouvelle version.</translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation>La date de la séance est manquante.</translation>
    </message>
    <message>
        <source>Say whether the case was registered or discussed.</source>
        <translation>Indiquez si le cas a été enregistré ou discuté.</translation>
    </message>
    <message>
        <source>A registered case must name the guideline (référentiel) it follows.</source>
        <translation>Un cas enregistré doit indiquer le référentiel qu&apos;il suit.</translation>
    </message>
    <message>
        <source>The proposal does not follow the guideline: give the reason.</source>
        <translation>La proposition ne suit pas le référentiel&#xa0;: indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Name the clinical trial that was proposed.</source>
        <translation>Indiquez l&apos;essai clinique proposé.</translation>
    </message>
    <message>
        <source>The fiche has no proposal: a treatment, further exams, surveillance or a referral to a recours RCP.</source>
        <translation>La fiche n&apos;a pas de proposition&#xa0;: un traitement, des examens complémentaires, une surveillance ou l&apos;orientation vers une RCP de recours.</translation>
    </message>
    <message>
        <source>Proposal line %1 has no treatment type.</source>
        <translation>La ligne de proposition %1 n&apos;a pas de type de traitement.</translation>
    </message>
    <message>
        <source>The coordinator who signs is not named.</source>
        <translation>Le coordonnateur signataire n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Version %1 replaces an earlier one: give the reason for the correction.</source>
        <translation>La version %1 remplace une version antérieure&#xa0;: indiquez le motif de la correction.</translation>
    </message>
    <message>
        <source>Write the ICD-10 code as &quot;%1&quot;: a capital letter, two digits, then a dot before the subdivision.</source>
        <translation>Écrivez le code CIM-10 sous la forme «&#xa0;%1&#xa0;»&#xa0;: une lettre majuscule, deux chiffres, puis un point avant la subdivision.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code: a letter and two digits, with an optional subdivision after a dot (e.g. C50.9).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code CIM-10&#xa0;: une lettre et deux chiffres, avec une subdivision facultative après un point (p.&#xa0;ex. C50.9).</translation>
    </message>
    <message>
        <source>%1 is not a tumour code: the fiche takes ICD-10 codes from C00 to D48.</source>
        <translation>%1 n&apos;est pas un code de tumeur&#xa0;: la fiche accepte les codes CIM-10 de C00 à D48.</translation>
    </message>
    <message>
        <source>Put a slash before the behaviour code: &quot;%1/%2&quot;.</source>
        <translation>Mettez une barre oblique avant le code de comportement&#xa0;: «&#xa0;%1/%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology: four digits, a slash and the behaviour code (e.g. 8140/3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une morphologie CIM-O-3&#xa0;: quatre chiffres, une barre oblique et le code de comportement (p.&#xa0;ex. 8140/3).</translation>
    </message>
    <message>
        <source>ICD-O-3 morphology codes run from 8000 to 9999, not %1.</source>
        <translation>Les codes de morphologie CIM-O-3 vont de 8000 à 9999, et non %1.</translation>
    </message>
    <message>
        <source>The behaviour code after the slash is 0 (benign), 1 (uncertain), 2 (in situ), 3 (malignant), 6 (metastatic) or 9 (uncertain whether primary or metastatic), not %1.</source>
        <translation>Le code de comportement après la barre oblique est 0 (bénin), 1 (incertain), 2 (in situ), 3 (malin), 6 (métastatique) ou 9 (primitif ou métastatique incertain), et non %1.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <source>%1 holds only digits.</source>
        <translation>%1 ne doit comporter que des chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 digits; this one has %n.</source>
        <translation>
            <numerusform>%1 comporte %2&#xa0;chiffres&#xa0;; celui-ci en comporte %n.</numerusform>
            <numerusform>%1 comporte %2&#xa0;chiffres&#xa0;; celui-ci en comporte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is wrong: its last digit (the key) should be %2, not %3. Look for a typing error.</source>
        <translation>%1 est erroné&#xa0;: son dernier chiffre (la clé) devrait être %2, et non %3. Vérifiez la saisie.</translation>
    </message>
    <message>
        <source>The RPPS number</source>
        <translation>Le numéro RPPS</translation>
    </message>
    <message>
        <source>The FINESS number</source>
        <translation>Le numéro FINESS</translation>
    </message>
    <message>
        <source>No INS was given.</source>
        <translation>Aucun INS n&apos;a été saisi.</translation>
    </message>
    <message numerus="yes">
        <source>An INS has 15 characters (13 and a 2-digit key); this one has %n.</source>
        <translation>
            <numerusform>Un INS comporte 15&#xa0;caractères (13 et une clé à 2&#xa0;chiffres)&#xa0;; celui-ci en comporte %n.</numerusform>
            <numerusform>Un INS comporte 15&#xa0;caractères (13 et une clé à 2&#xa0;chiffres)&#xa0;; celui-ci en comporte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An INS holds only digits (apart from 2A or 2B for a birth in Corsica): &quot;%1&quot; at position %2 is not allowed.</source>
        <translation>Un INS ne comporte que des chiffres (sauf 2A ou 2B pour une naissance en Corse)&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas autorisé en position %2.</translation>
    </message>
    <message>
        <source>The first digit (sex) must be 1 or 2 (3, 4, 7 or 8 for a provisional number), not %1.</source>
        <translation>Le premier chiffre (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire), et non %1.</translation>
    </message>
    <message>
        <source>The month of birth (characters 4 and 5) must be 01 to 12, or 20 to 42 or 50 to 99 for an incomplete civil status, not %1.</source>
        <translation>Le mois de naissance (caractères 4 et 5) doit être compris entre 01 et 12, ou entre 20 et 42 ou entre 50 et 99 pour un état civil incomplet, et non %1.</translation>
    </message>
    <message>
        <source>The département of birth (characters 6 and 7) cannot be &quot;%1&quot;: it is 01 to 95, 2A or 2B (Corsica), 971 to 978 or 98x (overseas), or 99 (born abroad).</source>
        <translation>Le département de naissance (caractères 6 et 7) ne peut pas être «&#xa0;%1&#xa0;»&#xa0;: il va de 01 à 95, 2A ou 2B (Corse), 971 à 978 ou 98x (outre-mer), ou 99 (naissance à l&apos;étranger).</translation>
    </message>
    <message>
        <source>The order number (characters 11 to 13) cannot be 000.</source>
        <translation>Le numéro d&apos;ordre (caractères 11 à 13) ne peut pas être 000.</translation>
    </message>
    <message>
        <source>The key is wrong: with these 13 characters the key should be %1, not %2. Look for a typing error.</source>
        <translation>La clé est erronée&#xa0;: avec ces 13&#xa0;caractères, la clé devrait être %1, et non %2. Vérifiez la saisie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the INSEE code of a birth place: five characters, the commune (e.g. 14118, 2A004, 97105) or 99 and the country for a birth abroad (e.g. 99134).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le code INSEE d&apos;un lieu de naissance&#xa0;: cinq caractères, la commune (p.&#xa0;ex. 14118, 2A004, 97105) ou 99 suivi du pays pour une naissance à l&apos;étranger (p.&#xa0;ex. 99134).</translation>
    </message>
    <message>
        <source>The INS is that of a woman, but the sex recorded is male.</source>
        <translation>L&apos;INS est celui d&apos;une femme, mais le sexe enregistré est masculin.</translation>
    </message>
    <message>
        <source>The INS is that of a man, but the sex recorded is female.</source>
        <translation>L&apos;INS est celui d&apos;un homme, mais le sexe enregistré est féminin.</translation>
    </message>
    <message>
        <source>The INS gives a birth year ending in %1, but the birth date is %2.</source>
        <translation>L&apos;INS indique une année de naissance se terminant par %1, mais la date de naissance est le %2.</translation>
    </message>
    <message>
        <source>The INS gives a birth month of %1, but the birth date is %2.</source>
        <translation>L&apos;INS indique le mois de naissance %1, mais la date de naissance est le %2.</translation>
    </message>
    <message>
        <source>The birth name is missing.</source>
        <translation>Le nom de naissance est manquant.</translation>
    </message>
    <message>
        <source>The first birth given name is missing.</source>
        <translation>Le premier prénom de naissance est manquant.</translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation>Le sexe est manquant.</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>La date de naissance est manquante.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The kind of INS is unknown: it is a NIR, a NIA or a test NIR.</source>
        <translation>Le type d&apos;INS est inconnu&#xa0;: ce doit être un NIR, un NIA ou un NIR de test.</translation>
    </message>
    <message>
        <source>A qualified identity needs its INS: record it, or lower the identity status.</source>
        <translation>Une identité qualifiée nécessite son INS&#xa0;: enregistrez-le, ou abaissez le statut de l&apos;identité.</translation>
    </message>
    <message>
        <source>A qualified identity needs the INSEE code of the birth place.</source>
        <translation>Une identité qualifiée nécessite le code INSEE du lieu de naissance.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a T category: write T0, Tis, Ta, T1 to T4 with their subcategories (T1a, T1mi, T2b, T4d…) or TX.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie T&#xa0;: écrivez T0, Tis, Ta, T1 à T4 avec leurs sous-catégories (T1a, T1mi, T2b, T4d…) ou TX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an N category: write N0, N1 to N3 with their subcategories (N1a, N1mi, N2b…) or NX.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie N&#xa0;: écrivez N0, N1 à N3 avec leurs sous-catégories (N1a, N1mi, N2b…) ou NX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an M category: write M0, M1 or M1a to M1d.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie M&#xa0;: écrivez M0, M1 ou M1a à M1d.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TNM prefix: use c, p, yc, yp, r, rc or rp.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un préfixe TNM&#xa0;: utilisez c, p, yc, yp, r, rc ou rp.</translation>
    </message>
    <message>
        <source>Write the category with a capital %1: &quot;%2&quot;.</source>
        <translation>Écrivez la catégorie avec un %1 majuscule&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>MX no longer exists in UICC 8: write cM0 when no metastasis was found, M1 when there is one, or leave M empty.</source>
        <translation>MX n&apos;existe plus dans l&apos;UICC 8&#xa0;: écrivez cM0 si aucune métastase n&apos;a été trouvée, M1 s&apos;il y en a, ou laissez M vide.</translation>
    </message>
    <message>
        <source>pM0 does not exist in the TNM classification: write cM0.</source>
        <translation>pM0 n&apos;existe pas dans la classification TNM&#xa0;: écrivez cM0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage: write 0, 0is, or I to IV with its letter and number (IA1, IIB, IIIC, IVB…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un stade&#xa0;: écrivez 0, 0is, ou I à IV avec sa lettre et son chiffre (IA1, IIB, IIIC, IVB…).</translation>
    </message>
    <message>
        <source>Give the TNM edition (e.g. UICC 8): T, N and M mean nothing without it.</source>
        <translation>Indiquez l&apos;édition de la classification TNM (p.&#xa0;ex. UICC 8)&#xa0;: sans elle, T, N et M n&apos;ont pas de sens.</translation>
    </message>
    <message>
        <source>Say which TNM edition &quot;%1&quot; is, with its number (e.g. UICC 8).</source>
        <translation>Précisez quelle édition de la TNM est «&#xa0;%1&#xa0;», avec son numéro (p.&#xa0;ex. UICC 8).</translation>
    </message>
    <message>
        <source>The quorum was not met: present the case again with the missing specialists, or record the coordinator&apos;s override and its reason.</source>
        <translation>Le quorum n&apos;a pas été atteint&#xa0;: présentez de nouveau le cas en présence des spécialistes manquants, ou enregistrez la dérogation du coordonnateur et son motif.</translation>
    </message>
    <message>
        <source>The quorum of this discussed case is not known: say whether it was met, or record the coordinator&apos;s override and its reason.</source>
        <translation>Le quorum de ce cas discuté n&apos;est pas renseigné&#xa0;: indiquez s&apos;il a été atteint, ou enregistrez la dérogation du coordonnateur et son motif.</translation>
    </message>
    <message>
        <source>The override of the quorum does not name the coordinator who decided it.</source>
        <translation>La dérogation au quorum n&apos;indique pas le coordonnateur qui l&apos;a décidée.</translation>
    </message>
    <message>
        <source>The override of the quorum has no reason: say why the case may be signed without its quorum.</source>
        <translation>La dérogation au quorum n&apos;a pas de motif&#xa0;: indiquez pourquoi le cas peut être signé sans son quorum.</translation>
    </message>
    <message>
        <source>Who signs the fiche is not named.</source>
        <translation>Le signataire de la fiche n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The street of the address is missing.</source>
        <translation>La voie de l&apos;adresse manque.</translation>
    </message>
    <message>
        <source>The city of the address is missing.</source>
        <translation>La commune de l&apos;adresse manque.</translation>
    </message>
    <message>
        <source>The name of the organisation is missing.</source>
        <translation>Le nom de la structure manque.</translation>
    </message>
    <message>
        <source>The type of the establishment (public, private, cancer centre…) is missing.</source>
        <translation>Le type d&apos;établissement (public, privé, centre de lutte contre le cancer…) manque.</translation>
    </message>
    <message>
        <source>The establishment type %1 is not a national code (for example SA01, a public establishment).</source>
        <translation>Le type d&apos;établissement %1 n&apos;est pas un code national (par exemple SA01, établissement public de santé).</translation>
    </message>
    <message>
        <source>The national identifier of the 3C</source>
        <translation>L&apos;identifiant national du 3C</translation>
    </message>
    <message>
        <source>The national identifier of the network</source>
        <translation>L&apos;identifiant national du réseau</translation>
    </message>
    <message>
        <source>The last name of the professional is missing.</source>
        <translation>Le nom du professionnel manque.</translation>
    </message>
    <message>
        <source>The profession is missing.</source>
        <translation>La profession manque.</translation>
    </message>
    <message>
        <source>The specialty of the physician is missing.</source>
        <translation>La spécialité du médecin manque.</translation>
    </message>
    <message>
        <source>The specialty %1 is not a national code (for example SM36, medical oncology).</source>
        <translation>La spécialité %1 n&apos;est pas un code national (par exemple SM36, oncologie option médicale).</translation>
    </message>
    <message>
        <source>The name of the RCP is missing.</source>
        <translation>Le nom de la RCP manque.</translation>
    </message>
    <message>
        <source>The national identifier of the RCP</source>
        <translation>L&apos;identifiant national de la RCP</translation>
    </message>
    <message>
        <source>The quorum group &quot;%1&quot; names %2, which is not a national specialty code.</source>
        <translation>Le groupe de quorum «&#xa0;%1&#xa0;» cite %2, qui n&apos;est pas un code national de spécialité.</translation>
    </message>
    <message>
        <source>The postal code is missing.</source>
        <translation>Le code postal manque.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; is not 5 digits (for example 31059).</source>
        <translation>Le code postal «&#xa0;%1&#xa0;» n&apos;a pas 5 chiffres (par exemple 31059).</translation>
    </message>
    <message>
        <source>The postal code %1 does not start with a département (01 to 95, 97 or 98).</source>
        <translation>Le code postal %1 ne commence pas par un département (01 à 95, 97 ou 98).</translation>
    </message>
    <message>
        <source>The clinical TNM has the pathological prefix &quot;%1&quot;: record it as the pathological TNM.</source>
        <translation>Le TNM clinique a le préfixe pathologique «&#xa0;%1&#xa0;»&#xa0;: enregistrez-le comme TNM pathologique.</translation>
    </message>
    <message>
        <source>The pathological TNM needs the prefix p, yp or rp, not &quot;%1&quot;.</source>
        <translation>Le TNM pathologique demande le préfixe p, yp ou rp, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The pathological TNM is dated %1, before the diagnosis (%2).</source>
        <translation>Le TNM pathologique est daté du %1, avant le diagnostic (%2).</translation>
    </message>
    <message>
        <source>The pathological TNM is dated %1, before the surgery (%2).</source>
        <translation>Le TNM pathologique est daté du %1, avant la chirurgie (%2).</translation>
    </message>
    <message>
        <source>The clinical TNM (T, N and M) of the tumour %1 is missing: the fiche RCP needs it for a solid tumour.</source>
        <translation>Le TNM clinique (T, N et M) de la tumeur %1 manque&#xa0;: la fiche RCP l&apos;exige pour une tumeur solide.</translation>
    </message>
    <message>
        <source>Tumour %1: %2</source>
        <translation>Tumeur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An organ RCP names its appareil (and its organs).</source>
        <translation>Une RCP d&apos;organe indique son appareil (et ses organes).</translation>
    </message>
    <message>
        <source>A transversal RCP names its treatment or care theme.</source>
        <translation>Une RCP transversale indique son thème de traitement ou de prise en charge.</translation>
    </message>
    <message>
        <source>The nature of the RCP is an organ RCP (ORG-117) or a transversal one (ORG-132), not &quot;%1&quot;.</source>
        <translation>La nature de la RCP est une RCP d&apos;organe (ORG-117) ou une RCP transversale (ORG-132), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The day of the meeting is Monday to Sunday.</source>
        <translation>Le jour de la réunion va du lundi au dimanche.</translation>
    </message>
    <message>
        <source>The week of the month is the 1st to the 4th, or the last (5).</source>
        <translation>La semaine du mois va de la 1re à la 4e, ou la dernière (5).</translation>
    </message>
    <message>
        <source>The meetings are every 1 to 12 weeks.</source>
        <translation>Les réunions ont lieu toutes les 1 à 12 semaines.</translation>
    </message>
    <message>
        <source>The meeting needs a start time.</source>
        <translation>La réunion doit avoir une heure de début.</translation>
    </message>
    <message>
        <source>A meeting lasts 15 minutes to 10 hours.</source>
        <translation>Une réunion dure de 15 minutes à 10 heures.</translation>
    </message>
    <message>
        <source>Registrations close 0 to 30 days before the meeting.</source>
        <translation>Les inscriptions se ferment de 0 à 30 jours avant la réunion.</translation>
    </message>
    <message>
        <source>The videoconference link is a web address (https://…).</source>
        <translation>Le lien de visioconférence est une adresse web (https://…).</translation>
    </message>
    <message>
        <source>Guideline %1 has no name.</source>
        <translation>Le référentiel %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Quorum group %1 has no name.</source>
        <translation>Le groupe de quorum %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Two quorum groups are named &quot;%1&quot;.</source>
        <translation>Deux groupes de quorum sont nommés «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The quorum group &quot;%1&quot; names no specialty.</source>
        <translation>Le groupe de quorum «&#xa0;%1&#xa0;» n&apos;indique aucune spécialité.</translation>
    </message>
    <message>
        <source>The quorum asks for at least one specialty.</source>
        <translation>Le quorum exige au moins une spécialité.</translation>
    </message>
    <message>
        <source>The quorum asks for %1 distinct specialties but its groups can give only %2: add a group (or specialties to a group) or lower the minimum.</source>
        <translation>Le quorum exige %1 spécialités distinctes mais ses groupes ne peuvent en fournir que %2&#xa0;: ajoutez un groupe (ou des spécialités à un groupe) ou abaissez le minimum.</translation>
    </message>
    <message>
        <source>%1: more than %2 characters.</source>
        <translation>%1&#xa0;: plus de %2 caractères.</translation>
    </message>
    <message>
        <source>%1: holds %2, which a name cannot hold (only letters, spaces, hyphens and apostrophes).</source>
        <translation>%1&#xa0;: contient %2, qu&apos;un nom ne peut pas contenir (seulement des lettres, espaces, traits d&apos;union et apostrophes).</translation>
    </message>
    <message>
        <source>%1: must begin with a letter.</source>
        <translation>%1&#xa0;: doit commencer par une lettre.</translation>
    </message>
    <message>
        <source>The IPP is longer than %1 characters.</source>
        <translation>L&apos;IPP dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The IPP &quot;%1&quot; is not an IPP: letters, digits and - _ . /, beginning with a letter or a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IPP&#xa0;: des lettres, des chiffres et - _ . /, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The birth date %1 is before %2: it cannot be a living patient&apos;s.</source>
        <translation>La date de naissance %1 est antérieure au %2&#xa0;: ce ne peut pas être celle d&apos;un patient vivant.</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Prénom d&apos;usage</translation>
    </message>
    <message numerus="yes">
        <source>The quorum is marked as met, but the attendees who count for it cover %n specialties; at least %1 are needed.</source>
        <translation>
            <numerusform>Le quorum est indiqué comme atteint, mais les participants qui comptent pour le quorum ne couvrent que %n spécialité&#xa0;; il en faut au moins %1.</numerusform>
            <numerusform>Le quorum est indiqué comme atteint, mais les participants qui comptent pour le quorum ne couvrent que %n spécialités&#xa0;; il en faut au moins %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quorum is marked as met, but no attendee who counts for it covers: %1.</source>
        <translation>Le quorum est indiqué comme atteint, mais aucun participant qui compte pour le quorum ne couvre&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>concerto::AdministrationWorkspace</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>The language of the interface; it changes at once</source>
        <translation>La langue de l&apos;interface&#xa0;; elle change immédiatement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The address of the regional server; synchronisation will use it once it is available</source>
        <translation>L&apos;adresse du serveur régional&#xa0;; la synchronisation l&apos;utilisera dès qu&apos;elle sera disponible</translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation>Serveur régional</translation>
    </message>
    <message>
        <source>Stored now, used when synchronisation arrives.</source>
        <translation>Enregistrée dès maintenant, utilisée lorsque la synchronisation sera disponible.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>The directory the boards rely on (committees, professionals, nomenclatures), and the settings of this computer.</source>
        <translation>L&apos;annuaire sur lequel reposent les RCP (comités, professionnels, nomenclatures) et les paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>Nomenclatures</source>
        <translation>Nomenclatures</translation>
    </message>
</context>
<context>
    <name>concerto::AgendaModel</name>
    <message>
        <source>Registered after the session&apos;s registration deadline</source>
        <translation>Inscrit après la date limite d&apos;inscription de la séance</translation>
    </message>
    <message>
        <source>Follows a guideline: registered without discussion, listed apart after the cases to discuss</source>
        <translation>Suit un référentiel&#xa0;: enregistré sans discussion, listé à part après les dossiers à discuter</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Postponed: %1</source>
        <translation>Reporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquant</numerusform>
            <numerusform>%Ln manquants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::AgendaPanel</name>
    <message>
        <source>Drag a case, or press Ctrl+Up / Ctrl+Down, to change its place. Enter or a double click opens it.</source>
        <translation>Faites glisser un dossier, ou appuyez sur Ctrl+Haut / Ctrl+Bas, pour modifier sa position. Entrée ou un double-clic l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Cases to discuss first, registered cases apart after them. Drag a case or press Ctrl+Up / Ctrl+Down to change its place.</source>
        <translation>Dossiers à discuter d&apos;abord, dossiers enregistrés à part après eux. Faites glisser un dossier ou appuyez sur Ctrl+Haut / Ctrl+Bas pour modifier sa position.</translation>
    </message>
    <message>
        <source>Move to another &amp;session…</source>
        <translation>Déplacer vers une autre &amp;séance…</translation>
    </message>
    <message>
        <source>Move the selected case to a later session of the committee</source>
        <translation>Déplacer le dossier sélectionné vers une séance ultérieure de la RCP</translation>
    </message>
    <message>
        <source>C&amp;lose registrations</source>
        <translation>C&amp;lore les inscriptions</translation>
    </message>
    <message>
        <source>Cop&amp;y what is missing</source>
        <translation>Cop&amp;ier les éléments manquants</translation>
    </message>
    <message>
        <source>Copy what the incomplete cases lack, grouped by requesting physician, to paste into an e-mail</source>
        <translation>Copier les éléments manquants des dossiers incomplets, regroupés par médecin demandeur, pour les coller dans un courriel</translation>
    </message>
    <message>
        <source>&amp;Print what is missing…</source>
        <translation>&amp;Imprimer les éléments manquants…</translation>
    </message>
    <message>
        <source>Print what the incomplete cases lack, grouped by requesting physician</source>
        <translation>Imprimer les éléments manquants des dossiers incomplets, regroupés par médecin demandeur</translation>
    </message>
    <message>
        <source>Registrations are over: the session is no longer planned.</source>
        <translation>Les inscriptions sont terminées&#xa0;: la séance n&apos;est plus planifiée.</translation>
    </message>
    <message>
        <source>Registrations are closed: a new case needs the coordinator&apos;s agreement.</source>
        <translation>Les inscriptions sont closes&#xa0;: un nouveau dossier nécessite l&apos;accord du coordonnateur.</translation>
    </message>
    <message>
        <source>Registration deadline passed (%1): cases added now are marked late.</source>
        <translation>Date limite d&apos;inscription dépassée (%1)&#xa0;: les dossiers ajoutés maintenant sont marqués hors délai.</translation>
    </message>
    <message>
        <source>Registrations open until %1.</source>
        <translation>Inscriptions ouvertes jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Registrations open.</source>
        <translation>Inscriptions ouvertes.</translation>
    </message>
    <message>
        <source>Every case is complete.</source>
        <translation>Tous les dossiers sont complets.</translation>
    </message>
    <message>
        <source>Re&amp;open registrations</source>
        <translation>R&amp;ouvrir les inscriptions</translation>
    </message>
    <message>
        <source>Let requesters register cases for this session again</source>
        <translation>Permettre à nouveau aux demandeurs d&apos;inscrire des dossiers à cette séance</translation>
    </message>
    <message>
        <source>Refuse new cases for this session (the coordinator may still add one)</source>
        <translation>Refuser les nouveaux dossiers pour cette séance (le coordonnateur peut encore en ajouter)</translation>
    </message>
    <message>
        <source>Print what is missing</source>
        <translation>Imprimer les éléments manquants</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) incomplete.</source>
        <translation>
            <numerusform>%Ln dossier incomplet.</numerusform>
            <numerusform>%Ln dossiers incomplets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Arrived / left</source>
        <translation>Arrivée / départ</translation>
    </message>
    <message>
        <source>Checks the selected person in, or out when they leave (Space)</source>
        <translation>Enregistre l&apos;arrivée de la personne choisie, ou son départ quand elle s&apos;en va (Espace)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>The selected person takes part by video conference, or is back in the room (R)</source>
        <translation>La personne choisie participe en visioconférence, ou revient dans la salle (R)</translation>
    </message>
    <message>
        <source>Add a guest…</source>
        <translation>Ajouter un invité…</translation>
    </message>
    <message>
        <source>A professional of the directory, or someone without RPPS (Ctrl+I)</source>
        <translation>Un professionnel de l&apos;annuaire, ou une personne sans RPPS (Ctrl+I)</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>For someone checked in by mistake (Delete)</source>
        <translation>Pour une personne enregistrée par erreur (Suppr)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation>La liste de présence n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2, without RPPS)</source>
        <translation>%1 (%2, sans RPPS)</translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation>Professionnel inconnu</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source> · guest</source>
        <translation> · invité</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>pas arrivé</translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>The committee&apos;s members could not be read: %1</source>
        <translation>Les membres de la RCP n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>concerto::CaseEditorWindow</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Enregistrer le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>%1, meeting of %2</source>
        <translation>%1, réunion du %2</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>%1 — born %2</source>
        <translation>%1 — né(e) le %2</translation>
    </message>
    <message>
        <source>Draft kept at %1: nothing typed is lost if the window closes.</source>
        <translation>Brouillon conservé à %1&#xa0;: rien de ce qui est saisi n&apos;est perdu si la fenêtre se ferme.</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Tumours</source>
        <translation>Tumeurs</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats d&apos;examens</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Report conclusions</source>
        <translation>Conclusions des comptes rendus</translation>
    </message>
    <message>
        <source>Summary and question</source>
        <translation>Résumé et question</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1 – case[*]</source>
        <translation>%1 – dossier[*]</translation>
    </message>
    <message>
        <source> (new, not saved yet)</source>
        <translation> (nouveau, pas encore enregistré)</translation>
    </message>
    <message>
        <source>A draft of this case from %1 was not restored: the case was saved after it.</source>
        <translation>Un brouillon de ce dossier datant du %1 n&apos;a pas été restauré&#xa0;: le dossier a été enregistré après.</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored from the draft. Save them, or discard them to go back to the saved case.</source>
        <translation>Les modifications non enregistrées du %1 ont été restaurées à partir du brouillon. Enregistrez-les, ou abandonnez-les pour revenir au dossier enregistré.</translation>
    </message>
    <message>
        <source>Discard this new case</source>
        <translation>Abandonner ce nouveau dossier</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>%1: the tumours and the clinical context, marked in yellow. Check that they are still true.</source>
        <translation>%1&#xa0;: les tumeurs et le contexte clinique, surlignés en jaune. Vérifiez qu&apos;ils sont toujours exacts.</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>Le dossier n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The case of %1 has changes that are not saved. They are kept as a draft meanwhile. Save them now?</source>
        <translation>Le dossier de %1 comporte des modifications non enregistrées. Elles sont conservées en brouillon en attendant. Les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The changes could not be discarded: %1</source>
        <translation>Les modifications n&apos;ont pas pu être abandonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still missing for %1 before the meeting:</source>
        <translation>Manque encore pour %1 avant la séance&#xa0;:</translation>
    </message>
    <message>
        <source>The case is shown as it was saved.</source>
        <translation>Le dossier est affiché tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>Discard the damaged draft</source>
        <translation>Abandonner le brouillon endommagé</translation>
    </message>
    <message>
        <source>Unsaved changes left by %2 on %1 were restored from the draft. Save them, or discard them to go back to the saved case.</source>
        <translation>Les modifications non enregistrées laissées par %2 le %1 ont été restaurées à partir du brouillon. Enregistrez-les, ou abandonnez-les pour revenir au dossier enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to check, shown in red at their field.</source>
        <translation>
            <numerusform>%Ln problème à vérifier, signalé en rouge sur son champ.</numerusform>
            <numerusform>%Ln problèmes à vérifier, signalés en rouge sur leur champ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CaseListModel</name>
    <message>
        <source>The period is not valid: its first day must come before its last.</source>
        <translation>La période n&apos;est pas valide&#xa0;: son premier jour doit précéder le dernier.</translation>
    </message>
    <message>
        <source>Registered after the deadline</source>
        <translation>Inscrit après la date limite</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (hors délai)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Requesting physician</source>
        <translation>Médecin demandeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquant</numerusform>
            <numerusform>%Ln manquants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CaseSummary</name>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>bilatérale</translation>
    </message>
    <message>
        <source>Diagnosed %1</source>
        <translation>Diagnostic&#xa0;: %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stade %1</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>WHO %1</source>
        <translation>OMS %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Tumours</source>
        <translation>Tumeurs</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation>Traitements reçus</translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation>Avis écrits</translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation>Professionnel inconnu</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Demandé par %1</translation>
    </message>
    <message>
        <source>presented by %1</source>
        <translation>présenté par %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CasesWorkspace</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>The cases registered for the sessions of a period, with what their committee still requires. Enter or a double-click opens the case.</source>
        <translation>Les dossiers inscrits aux séances d&apos;une période, avec ce que leur RCP exige encore. Entrée ou un double-clic ouvre le dossier.</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>4 prochaines semaines</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>3 prochains mois</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>R&amp;CP&#xa0;:</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected case in the case editor (Enter)</source>
        <translation>Ouvrir le dossier sélectionné dans l&apos;éditeur (Entrée)</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Toutes les RCP</translation>
    </message>
    <message>
        <source>Every requester</source>
        <translation>Tous les demandeurs</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln dossier du %1 au %2</numerusform>
            <numerusform>%Ln dossiers du %1 au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %Ln incomplete</source>
        <translation>
            <numerusform>, dont %Ln incomplet</numerusform>
            <numerusform>, dont %Ln incomplets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CheckList</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>concerto::CommitteeEditor</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Guidelines and case fields</source>
        <translation>Référentiels et éléments requis du dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The RCP&apos;s national identifier (digits), written in the fiche&apos;s header</source>
        <translation>Identifiant national de la RCP (chiffres), inscrit dans l&apos;en-tête de la fiche</translation>
    </message>
    <message>
        <source>National identifier</source>
        <translation>Identifiant national</translation>
    </message>
    <message>
        <source>3C</source>
        <translation>3C</translation>
    </message>
    <message>
        <source>Organ RCP (organ system and organs)</source>
        <translation>RCP d&apos;organe (appareil et organes)</translation>
    </message>
    <message>
        <source>Transversal RCP (treatment or care theme)</source>
        <translation>RCP transversale (thème de traitement ou de soins)</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>JDV_RCP_Appareil: pick one, or type a code</source>
        <translation>JDV_RCP_Appareil&#xa0;: choisissez une valeur ou saisissez un code</translation>
    </message>
    <message>
        <source>Organ system</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Organ codes separated by commas (import JDV_RCP_Organe for a list)</source>
        <translation>Codes d&apos;organes séparés par des virgules (importez JDV_RCP_Organe pour en avoir la liste)</translation>
    </message>
    <message>
        <source>Organs</source>
        <translation>Organes</translation>
    </message>
    <message>
        <source>JDV_TraitementSoins_FRCP: pick one, or type a code</source>
        <translation>JDV_TraitementSoins_FRCP&#xa0;: choisissez une valeur ou saisissez un code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Recours (regional expert RCP)</source>
        <translation>Recours (RCP régionale d&apos;expertise)</translation>
    </message>
    <message>
        <source>Paediatric</source>
        <translation>Pédiatrique</translation>
    </message>
    <message>
        <source>Permanent members</source>
        <translation>Membres permanents</translation>
    </message>
    <message>
        <source>Guidelines (référentiels) the committee follows</source>
        <translation>Référentiels suivis par la RCP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Add a guideline</source>
        <translation>Ajouter un référentiel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>What a case must hold before the meeting</source>
        <translation>Ce que le dossier doit contenir avant la réunion</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Unknown 3C (%1)</source>
        <translation>3C inconnu (%1)</translation>
    </message>
    <message>
        <source>%1 (code not in the value set)</source>
        <translation>%1 (code absent du jeu de valeurs)</translation>
    </message>
    <message>
        <source>Unknown professional (%1)</source>
        <translation>Professionnel inconnu (%1)</translation>
    </message>
    <message>
        <source>%1 (unknown field, kept)</source>
        <translation>%1 (champ inconnu, conservé)</translation>
    </message>
    <message>
        <source>The date of guideline %1 is day/month/year: 01/03/2024.</source>
        <translation>La date du référentiel %1 s&apos;écrit jour/mois/année&#xa0;: 01/03/2024.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>The establishment where the committee meets</source>
        <translation>L&apos;établissement où se réunit la RCP</translation>
    </message>
    <message>
        <source>Host establishment</source>
        <translation>Établissement d&apos;accueil</translation>
    </message>
    <message>
        <source>Unknown establishment (%1)</source>
        <translation>Établissement inconnu (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The coordinator signs the committee&apos;s fiches</source>
        <translation>Le coordonnateur signe les fiches de la RCP</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Deputies sign the committee&apos;s fiches when the coordinator is away</source>
        <translation>Les suppléants signent les fiches de la RCP en l&apos;absence du coordonnateur</translation>
    </message>
    <message>
        <source>Deputy coordinators</source>
        <translation>Coordonnateurs suppléants</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fault(s) to correct before saving.</source>
        <translation>
            <numerusform>%Ln erreur à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%Ln erreurs à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::CommitteesPanel</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The committee has changes that are not saved. Drop them?</source>
        <translation>La RCP comporte des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>Nouvelle RCP</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Save the committee</source>
        <translation>Enregistrer la RCP</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>concerto::ConflictsInbox</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>Afficher les champs inchangés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base (last synchronised)</source>
        <translation>Base (dernière synchronisation)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Garder la version de cet ordinateur</translation>
    </message>
    <message>
        <source>Apply the choices</source>
        <translation>Appliquer les choix</translation>
    </message>
    <message>
        <source>Keeps, field by field, the side chosen in the last column; sent at the next synchronisation</source>
        <translation>Garde, champ par champ, la version choisie dans la dernière colonne&#xa0;; envoyé à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Les conflits n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No conflict: every change was settled.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications ont été réglées.</translation>
    </message>
    <message>
        <source>deleted by %1 on %2</source>
        <translation>supprimé par %1 le %2</translation>
    </message>
    <message>
        <source>changed by %1 on %2</source>
        <translation>modifié par %1 le %2</translation>
    </message>
    <message>
        <source>Server: %1. This computer: %2.</source>
        <translation>Serveur&#xa0;: %1. Cet ordinateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This kind of conflict is settled by the coordinator on the server; both versions are kept until then.</source>
        <translation>Ce type de conflit est réglé par le coordonnateur sur le serveur&#xa0;; les deux versions sont conservées d&apos;ici là.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation>Conflit non réglé</translation>
    </message>
</context>
<context>
    <name>concerto::Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the folder %2 does not exist. Check the path of the database.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: le dossier %2 n&apos;existe pas. Vérifiez le chemin de la base de données.</translation>
    </message>
    <message>
        <source>There is no Concerto database at %1. Check the path, or create a new database with &quot;concerto-cli init --db FILE&quot;.</source>
        <translation>Il n&apos;y a pas de base de données Concerto à l&apos;emplacement %1. Vérifiez le chemin, ou créez une nouvelle base avec «&#xa0;concerto-cli init --db FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Concerto database. &quot;concerto-cli init&quot; can make it one.</source>
        <translation>%1 est un fichier vide, pas une base de données Concerto. «&#xa0;concerto-cli init&#xa0;» peut en faire une.</translation>
    </message>
    <message>
        <source>%1 is not a Concerto database (it is not a SQLite file); it was left as it was.</source>
        <translation>%1 n&apos;est pas une base de données Concerto (ce n&apos;est pas un fichier SQLite)&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged, locked or not a database. It was left as it was.</source>
        <translation>%1 ne peut pas être lu&#xa0;: il est endommagé, verrouillé ou n&apos;est pas une base de données. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a Concerto database; it was left as it was.</source>
        <translation>%1 est un fichier SQLite d&apos;un autre programme, pas une base de données Concerto&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Concerto (schema %2; this version knows up to %3). Update Concerto to open it; the file was left as it was.</source>
        <translation>%1 a été écrit par une version plus récente de Concerto (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Mettez Concerto à jour pour l&apos;ouvrir&#xa0;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is read-only and must first be upgraded to schema %2 by this version of Concerto. Allow writing to the file and open it again.</source>
        <translation>%1 est en lecture seule et doit d&apos;abord être mis à niveau au schéma %2 par cette version de Concerto. Autorisez l&apos;écriture du fichier et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 cannot use a write-ahead log (it may be on a network drive).</source>
        <translation>%1 ne peut pas utiliser de journal d&apos;écriture anticipée (il se trouve peut-être sur un lecteur réseau).</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: the step to schema %2 failed and was undone; the file is at schema %3.</source>
        <translation>%1 n&apos;a pas pu être mis à niveau&#xa0;: l&apos;étape vers le schéma %2 a échoué et a été annulée&#xa0;; le fichier est au schéma %3.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of the file cannot be read. Restore it from a backup or synchronise it again; nothing was written to it.</source>
        <translation>La base de données %1 est endommagée&#xa0;: une partie du fichier ne peut pas être lue. Restaurez-la depuis une sauvegarde ou synchronisez-la de nouveau&#xa0;; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 cannot be opened with the key given: it is not a SQLite file, or a database encrypted with another key (the key of this database is needed). It was left as it was.</source>
        <translation>%1 ne peut pas être ouverte avec la clé donnée&#xa0;: ce n’est pas un fichier SQLite, ou c’est une base de données chiffrée avec une autre clé (la clé de cette base est nécessaire). Elle a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>concerto::DecisionPanel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Add a proposal line (Alt+L)</source>
        <translation>Ajouter une ligne de proposition (Alt+L)</translation>
    </message>
    <message>
        <source>Further exams</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <source>Add an exam (Alt+E)</source>
        <translation>Ajouter un examen (Alt+E)</translation>
    </message>
    <message>
        <source>Refer to a recours RCP</source>
        <translation>Adresser à une RCP de recours</translation>
    </message>
    <message>
        <source>Surveillance only</source>
        <translation>Surveillance seule</translation>
    </message>
    <message>
        <source>Guideline and conformity</source>
        <translation>Référentiel et conformité</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>The proposal follows the guideline</source>
        <translation>La proposition est conforme au référentiel</translation>
    </message>
    <message>
        <source>Why the proposal departs from the guideline</source>
        <translation>Pourquoi la proposition s&apos;écarte du référentiel</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>A clinical trial is proposed</source>
        <translation>Un essai clinique est proposé</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Take up a case (Enter on the agenda) to record its decision.</source>
        <translation>Prenez un dossier (Entrée sur l&apos;ordre du jour) pour en saisir la décision.</translation>
    </message>
    <message>
        <source>— treatment —</source>
        <translation>— traitement —</translation>
    </message>
    <message>
        <source>Treatment type: type its first letters</source>
        <translation>Type de traitement&#xa0;: tapez ses premières lettres</translation>
    </message>
    <message>
        <source>Details (regimen, dose, duration)</source>
        <translation>Précisions (protocole, dose, durée)</translation>
    </message>
    <message>
        <source>Option </source>
        <translation>Option </translation>
    </message>
    <message>
        <source>1 for the first intention, 2 for an alternative…</source>
        <translation>1 pour la première intention, 2 pour une alternative…</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Exam (e.g. pelvic MRI)</source>
        <translation>Examen (ex. IRM pelvienne)</translation>
    </message>
    <message>
        <source>before —</source>
        <translation>avant le —</translation>
    </message>
    <message>
        <source>&apos;before&apos; dd/MM/yyyy</source>
        <translation>&apos;avant le&apos; dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Remove this exam</source>
        <translation>Retirer cet examen</translation>
    </message>
    <message>
        <source>The decision&apos;s unsaved changes from %1 were restored from its draft (Ctrl+Z undoes them).</source>
        <translation>Les modifications non enregistrées de la décision du %1 ont été restaurées à partir de son brouillon (Ctrl+Z les annule).</translation>
    </message>
    <message>
        <source>The decision&apos;s unsaved changes left by %2 on %1 were restored from its draft (Ctrl+Z undoes them).</source>
        <translation>Les modifications non enregistrées de la décision laissées par %2 le %1 ont été restaurées à partir de son brouillon (Ctrl+Z les annule).</translation>
    </message>
</context>
<context>
    <name>concerto::DesktopController</name>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 n&apos;a pas pu être ouvert.

%2</translation>
    </message>
    <message>
        <source>A new, empty database was created at %1. Import the value sets and the directory in Administration, or synchronise with the server.</source>
        <translation>Une nouvelle base de données vide a été créée&#xa0;: %1. Importez les jeux de valeurs et l&apos;annuaire dans Administration, ou synchronisez avec le serveur.</translation>
    </message>
    <message>
        <source>Concerto databases (*.db);;All files (*)</source>
        <translation>Bases de données Concerto (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom de fichier, ou ouvrez-le par Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>This database is already open in another Concerto window (process %1). Both can work on it: a case edited in both keeps both edits, and an edit that meets another one on the same field is refused with both values.</source>
        <translation>Cette base est déjà ouverte dans une autre fenêtre de Concerto (processus %1). Les deux peuvent y travailler&#xa0;: un dossier modifié dans les deux garde les deux modifications, et une modification qui en rencontre une autre sur le même champ est refusée, avec les deux valeurs.</translation>
    </message>
    <message>
        <source>Encrypting the database %1, written in clear by an earlier version…</source>
        <translation>Chiffrement de la base %1, écrite en clair par une version antérieure…</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>Chiffrement de la base</translation>
    </message>
    <message>
        <source>This database is still in clear: %1</source>
        <translation>Cette base est toujours en clair&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>This database, written in clear by an earlier version, is now encrypted (%Ln row(s) checked in the encrypted copy); its key is kept by this computer. Full-disk encryption is still advised: the disk may keep old blocks in clear for a while.</source>
        <translation>
            <numerusform>Cette base, écrite en clair par une version antérieure, est désormais chiffrée (%Ln ligne vérifiée dans la copie chiffrée)&#xa0;; sa clé est gardée par cet ordinateur. Le chiffrement du disque entier reste conseillé&#xa0;: le disque peut garder un temps d&apos;anciens blocs en clair.</numerusform>
            <numerusform>Cette base, écrite en clair par une version antérieure, est désormais chiffrée (%Ln lignes vérifiées dans la copie chiffrée)&#xa0;; sa clé est gardée par cet ordinateur. Le chiffrement du disque entier reste conseillé&#xa0;: le disque peut garder un temps d&apos;anciens blocs en clair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::DesktopSync</name>
    <message>
        <source>No regional server configured</source>
        <translation>Aucun serveur régional configuré</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline: next attempt at %1</source>
        <translation>Hors ligne&#xa0;: nouvel essai à %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: next attempt at %1</source>
        <translation>Échec de la synchronisation&#xa0;: nouvel essai à %1</translation>
    </message>
    <message>
        <source>Server certificate refused</source>
        <translation>Certificat du serveur refusé</translation>
    </message>
</context>
<context>
    <name>concerto::DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicate identity</source>
        <translation>Doublon potentiel d&apos;identité</translation>
    </message>
    <message>
        <source>These two identities may be the same person (%1). Compare each trait.</source>
        <translation>Ces deux identités pourraient correspondre à la même personne (%1). Comparez chaque trait.</translation>
    </message>
    <message>
        <source>These two identities may be the same person. Compare each trait.</source>
        <translation>Ces deux identités pourraient correspondre à la même personne. Comparez chaque trait.</translation>
    </message>
    <message>
        <source>If they are different persons, say so: the mark is cleared and both identities stay. If they are the same person, keep this one aside and complete the other; identities are never merged here.</source>
        <translation>S&apos;il s&apos;agit de personnes différentes, indiquez-le&#xa0;: le signalement est levé et les deux identités sont conservées. S&apos;il s&apos;agit de la même personne, laissez celle-ci de côté et complétez l&apos;autre&#xa0;; les identités ne sont jamais fusionnées ici.</translation>
    </message>
    <message>
        <source>Different persons</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Clears the mark; the review is recorded in the journal</source>
        <translation>Lève le signalement&#xa0;; la vérification est consignée dans le journal</translation>
    </message>
    <message>
        <source>Marked identity</source>
        <translation>Identité signalée</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Doublon potentiel de</translation>
    </message>
    <message>
        <source>The other identity is no longer in the registry.</source>
        <translation>L&apos;autre identité ne figure plus dans le registre.</translation>
    </message>
</context>
<context>
    <name>concerto::FicheDialog</name>
    <message>
        <source>Fiche RCP</source>
        <translation>Fiche RCP</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the fiche (Ctrl+P)</source>
        <translation>Imprimer la fiche (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the fiche as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer la fiche en fichier PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This fiche cannot be read: %1</source>
        <translation>Cette fiche ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This fiche no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>concerto::FicheFilterBar</name>
    <message>
        <source>All fiches</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>To validate</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signées</translation>
    </message>
    <message>
        <source>Show the fiches of one status only</source>
        <translation>Afficher les fiches d&apos;un seul statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Show the fiches of one committee only</source>
        <translation>Afficher les fiches d&apos;une seule RCP</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>R&amp;CP&#xa0;:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Show the fiches of the meetings of a period</source>
        <translation>Afficher les fiches des séances d&apos;une période</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>S&amp;éances&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>A meeting date, typed as 18/09/2025; empty: no limit</source>
        <translation>Une date de séance, saisie ainsi&#xa0;: 18/09/2025&#xa0;; vide&#xa0;: sans limite</translation>
    </message>
    <message>
        <source>Name or IPP</source>
        <translation>Nom ou IPP</translation>
    </message>
    <message>
        <source>Show the fiches of the patients whose names or IPP begin with the words typed. Escape clears it.</source>
        <translation>Afficher les fiches des patients dont le nom ou l&apos;IPP commence par les mots saisis. Échap efface le champ.</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Toutes les RCP</translation>
    </message>
    <message>
        <source>Not a date: type it as 18/09/2025. It is left out of the filter.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: saisissez-la ainsi&#xa0;: 18/09/2025. Elle n&apos;est pas prise en compte.</translation>
    </message>
    <message>
        <source>This date is before the first one: no meeting is in between.</source>
        <translation>Cette date précède la première&#xa0;: aucune séance entre les deux.</translation>
    </message>
</context>
<context>
    <name>concerto::FicheListModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de séance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
</context>
<context>
    <name>concerto::FichePreview</name>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Arrows and Page Up/Down scroll; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width</source>
        <translation>Les flèches et Page préc./suiv. font défiler&#xa0;; Ctrl++ et Ctrl+- agrandissent ou réduisent, Ctrl+0 ajuste à la largeur</translation>
    </message>
</context>
<context>
    <name>concerto::FicheVersionsDialog</name>
    <message>
        <source>Versions and history of the fiche</source>
        <translation>Versions et historique de la fiche</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Correct: new version… (Ctrl+N)</source>
        <translation>Corriger&#xa0;: nouvelle version… (Ctrl+N)</translation>
    </message>
    <message>
        <source>A signed fiche never changes: a correction is its next version, with its reason</source>
        <translation>Une fiche signée ne change jamais&#xa0;: une correction est sa version suivante, avec son motif</translation>
    </message>
    <message>
        <source>What changed from the version before</source>
        <translation>Ce qui a changé depuis la version précédente</translation>
    </message>
    <message>
        <source>&amp;Versions side by side</source>
        <translation>&amp;Versions côte à côte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Les versions n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signée le %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>No version before</source>
        <translation>Pas de version précédente</translation>
    </message>
    <message>
        <source>First version.</source>
        <translation>Première version.</translation>
    </message>
    <message>
        <source>Nothing changed but the version&apos;s marks.</source>
        <translation>Rien n&apos;a changé hormis les marques de la version.</translation>
    </message>
    <message>
        <source>Correction made (new version)</source>
        <translation>Correction faite (nouvelle version)</translation>
    </message>
    <message>
        <source>Fiche made</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Received from the regional server</source>
        <translation>Reçue du serveur régional</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the latest version, signed, is corrected.</source>
        <translation>Seule la dernière version, signée, se corrige.</translation>
    </message>
    <message>
        <source>Correct the fiche</source>
        <translation>Corriger la fiche</translation>
    </message>
    <message>
        <source>Why is the signed fiche corrected? (required)</source>
        <translation>Pourquoi la fiche signée est-elle corrigée&#xa0;? (obligatoire)</translation>
    </message>
</context>
<context>
    <name>concerto::FichesWorkspace</name>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>The fiches RCP: drafts, fiches to validate, signed fiches and their amendments. Select a fiche to see its pages, print it or save it as a PDF file.</source>
        <translation>Les fiches RCP&#xa0;: brouillons, fiches à valider, fiches signées et leurs modifications. Sélectionnez une fiche pour voir ses pages, l&apos;imprimer ou l&apos;enregistrer en PDF.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the selected fiche (Ctrl+P)</source>
        <translation>Imprimer la fiche sélectionnée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the selected fiche as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer la fiche sélectionnée en fichier PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Select a fiche to see its pages.</source>
        <translation>Sélectionnez une fiche pour voir ses pages.</translation>
    </message>
    <message>
        <source>This fiche cannot be shown: %1</source>
        <translation>Cette fiche ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This fiche cannot be shown.</source>
        <translation>Cette fiche ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Select a fiche first.</source>
        <translation>Sélectionnez d&apos;abord une fiche.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Save the fiche as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The fiche could not be saved as %1: %2</source>
        <translation>La fiche n&apos;a pas pu être enregistrée sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print the session</source>
        <translation>Imprimer la séance</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Patients whose name or IPP begins with &quot;%1&quot;: %2</source>
        <translation>Patients dont le nom ou l&apos;IPP commence par «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No patient has a name or IPP that begins with &quot;%1&quot;.</source>
        <translation>Aucun patient n&apos;a de nom ou d&apos;IPP commençant par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no fiche yet.</source>
        <translation>Il n&apos;y a encore aucune fiche.</translation>
    </message>
    <message>
        <source>No fiche matches these filters.</source>
        <translation>Aucune fiche ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Versions and history…</source>
        <translation>Versions et historique…</translation>
    </message>
    <message>
        <source>Every version of the selected fiche side by side, what changed, who did what and when; a correction of a signed fiche (Ctrl+H)</source>
        <translation>Toutes les versions de la fiche choisie côte à côte, ce qui a changé, qui a fait quoi et quand&#xa0;; la correction d&apos;une fiche signée (Ctrl+H)</translation>
    </message>
    <message>
        <source>The agenda or the attendance sheet of the selected fiche&apos;s session in a print preview, or its fiches as PDF files in a folder</source>
        <translation>L&apos;ordre du jour ou la feuille d&apos;émargement de la séance de la fiche choisie en aperçu avant impression, ou ses fiches en fichiers PDF dans un dossier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) have a name or IPP that begins with &quot;%1&quot;: type more of the name, a given name too (martin marie), or the IPP, to see their fiches.</source>
        <translation>
            <numerusform>%Ln patient a un nom ou un IPP qui commence par «&#xa0;%1&#xa0;»&#xa0;: tapez davantage du nom, un prénom aussi (martin marie), ou l&apos;IPP, pour voir ses fiches.</numerusform>
            <numerusform>%Ln patients ont un nom ou un IPP qui commence par «&#xa0;%1&#xa0;»&#xa0;: tapez davantage du nom, un prénom aussi (martin marie), ou l&apos;IPP, pour voir leurs fiches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::GuestDialog</name>
    <message>
        <source>Add a guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>A professional of the &amp;directory</source>
        <translation>Un professionnel de l&apos;&amp;annuaire</translation>
    </message>
    <message>
        <source>Type a name or an RPPS number</source>
        <translation>Saisissez un nom ou un numéro RPPS</translation>
    </message>
    <message>
        <source>Someone &amp;without RPPS</source>
        <translation>Une personne &amp;sans RPPS</translation>
    </message>
    <message>
        <source>Dr Claire Petit</source>
        <translation>Dr Claire Petit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Choose a specialty</source>
        <translation>Choisissez une spécialité</translation>
    </message>
    <message>
        <source>&amp;Specialty</source>
        <translation>&amp;Spécialité</translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation>Établissement ou cabinet</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Takes part &amp;remotely (video conference)</source>
        <translation>Participe à &amp;distance (visioconférence)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Choose the professional in the list (by name or RPPS), or describe someone without RPPS.</source>
        <translation>Choisissez le professionnel dans la liste (par nom ou RPPS), ou décrivez une personne sans RPPS.</translation>
    </message>
    <message>
        <source>A guest without RPPS needs a name, a specialty and an organisation.</source>
        <translation>Un invité sans RPPS doit avoir un nom, une spécialité et un organisme.</translation>
    </message>
</context>
<context>
    <name>concerto::IdentityComparison</name>
    <message>
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
</context>
<context>
    <name>concerto::IdentityDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Identity of %1</source>
        <translation>Identité de %1</translation>
    </message>
    <message>
        <source>Delete the patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth given names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>All of them, in the civil-status order</source>
        <translation>Tous, dans l&apos;ordre de l&apos;état civil</translation>
    </message>
    <message>
        <source>Every birth given name, in order, separated by spaces: Marie-Hélène Éloïse</source>
        <translation>Tous les prénoms de naissance, dans l&apos;ordre, séparés par des espaces&#xa0;: Marie-Hélène Éloïse</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Birthplace (INSEE code)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>Commune (14118) or 99 and a country (99134)</source>
        <translation>Commune (14118) ou 99 suivi d&apos;un pays (99134)</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>13 characters and the 2-digit key; the key is checked as you type</source>
        <translation>13 caractères et la clé à 2 chiffres&#xa0;; la clé est vérifiée pendant la saisie</translation>
    </message>
    <message>
        <source>IPP (local number)</source>
        <translation>IPP (numéro local)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Pas encore renseigné</translation>
    </message>
    <message>
        <source>GP unknown</source>
        <translation>Médecin traitant inconnu</translation>
    </message>
    <message>
        <source>The patient&apos;s GP (médecin traitant) receives the fiche; say when the GP is unknown</source>
        <translation>Le médecin traitant du patient reçoit la fiche&#xa0;; indiquez s&apos;il est inconnu</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Delete the patient…</source>
        <translation>Supprimer le patient…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Only a patient without a case or fiche can be deleted</source>
        <translation>Seul un patient sans dossier ni fiche peut être supprimé</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Open the existing identity</source>
        <translation>Ouvrir l&apos;identité existante</translation>
    </message>
    <message>
        <source>This is a different person: save</source>
        <translation>C&apos;est une personne différente&#xa0;: enregistrer</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <source>This identity</source>
        <translation>Cette identité</translation>
    </message>
    <message>
        <source>Recorded identity</source>
        <translation>Identité enregistrée</translation>
    </message>
    <message>
        <source>Delete the identity of %1? It has no case and no fiche.</source>
        <translation>Supprimer l&apos;identité de %1&#xa0;? Elle n&apos;a ni dossier ni fiche.</translation>
    </message>
    <message>
        <source>The professionals could not be read: %1</source>
        <translation>Les professionnels n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>A professional no longer in the directory</source>
        <translation>Un professionnel qui n&apos;est plus dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>As recorded (the list could not be read)</source>
        <translation>Tel qu&apos;enregistré (la liste n&apos;a pas pu être lue)</translation>
    </message>
    <message>
        <source>Compare each trait. If this is the same person, open the existing identity and complete it instead of creating a second one. A different person is saved marked as a possible duplicate, for a second look.</source>
        <translation>Comparez chaque trait. S&apos;il s&apos;agit de la même personne, ouvrez l&apos;identité existante et complétez-la au lieu d&apos;en créer une seconde. Une personne différente est enregistrée marquée comme doublon possible, pour une seconde vérification.</translation>
    </message>
    <message>
        <source>Review the recorded identity and complete it instead of creating a second one (Enter)</source>
        <translation>Vérifier l&apos;identité enregistrée et la compléter au lieu d&apos;en créer une seconde (Entrée)</translation>
    </message>
    <message>
        <source>Saves a second identity, marked as a possible duplicate to review</source>
        <translation>Enregistre une seconde identité, marquée comme doublon possible à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>This identity looks like %Ln identity(ies) already recorded. Is it the same person?</source>
        <translation>
            <numerusform>Cette identité ressemble à %Ln identité déjà enregistrée. S&apos;agit-il de la même personne&#xa0;?</numerusform>
            <numerusform>Cette identité ressemble à %Ln identités déjà enregistrées. S&apos;agit-il de la même personne&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::IndicatorCharts</name>
    <message>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>Fiches by organ</source>
        <translation>Fiches par organe</translation>
    </message>
    <message>
        <source>By age at the meeting</source>
        <translation>Par âge à la date de la réunion</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By WHO performance status</source>
        <translation>Par état général OMS</translation>
    </message>
</context>
<context>
    <name>concerto::IndicatorTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Sur</translation>
    </message>
</context>
<context>
    <name>concerto::MainWindow</name>
    <message>
        <source>Concerto — %1</source>
        <translation>Concerto — %1</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Sessions of the month and their cases</source>
        <translation>Les séances du mois et leurs dossiers</translation>
    </message>
    <message>
        <source>Find a patient, see the identity and the cases</source>
        <translation>Rechercher un patient, voir son identité et ses dossiers</translation>
    </message>
    <message>
        <source>Cases registered for the sessions</source>
        <translation>Les dossiers inscrits aux séances</translation>
    </message>
    <message>
        <source>Run a meeting and record the decisions</source>
        <translation>Conduire une séance et enregistrer les décisions</translation>
    </message>
    <message>
        <source>Fiches RCP: drafts, signed, amendments</source>
        <translation>Fiches RCP&#xa0;: brouillons, fiches signées, amendements</translation>
    </message>
    <message>
        <source>Activity indicators</source>
        <translation>Indicateurs d&apos;activité</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the server</source>
        <translation>Modifications en attente d&apos;envoi au serveur</translation>
    </message>
    <message>
        <source>Settings, committees, professionals</source>
        <translation>Paramètres, RCP, professionnels</translation>
    </message>
    <message>
        <source>Open the Sync workspace</source>
        <translation>Ouvrir l&apos;espace Synchronisation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Concerto; everything is already saved</source>
        <translation>Fermer Concerto&#xa0;; tout est déjà enregistré</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search patients</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>Put the cursor in the search field</source>
        <translation>Placer le curseur dans le champ de recherche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Concerto</source>
        <translation>À &amp;propos de Concerto</translation>
    </message>
    <message>
        <source>Version and purpose of Concerto</source>
        <translation>Version et objet de Concerto</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local database file this window works on</source>
        <translation>Le fichier de la base de données locale sur laquelle travaille cette fenêtre</translation>
    </message>
    <message>
        <source>When this computer last exchanged changes with the regional server</source>
        <translation>Dernier échange de modifications entre ce poste et le serveur régional</translation>
    </message>
    <message>
        <source>About Concerto</source>
        <translation>À propos de Concerto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concerto %1&lt;/h3&gt;&lt;p&gt;Tumour boards (RCP) of the regional cancer network: sessions, cases, meetings and fiches RCP, working offline on a local database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concerto %1&lt;/h3&gt;&lt;p&gt;Les réunions de concertation pluridisciplinaire (RCP) du réseau régional de cancérologie&#xa0;: séances, dossiers, conduite des réunions et fiches RCP, avec un travail hors ligne sur une base de données locale.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>État de la synchronisation inconnu</translation>
    </message>
    <message>
        <source>The changes waiting to be sent could not be counted: %1</source>
        <translation>Les modifications en attente d&apos;envoi n&apos;ont pas pu être comptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Concerto — %1 (read-only)</source>
        <translation>Concerto — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>This database is opened read-only (the file may not be written to): you can read everything, but nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule (le fichier n&apos;est pas accessible en écriture)&#xa0;: tout peut être consulté, mais rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create an empty database in a new file and work on it</source>
        <translation>Créer une base de données vide dans un nouveau fichier et y travailler</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Work on another Concerto database</source>
        <translation>Travailler sur une autre base de données Concerto</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No other database opened recently</source>
        <translation>Aucune autre base de données ouverte récemment</translation>
    </message>
    <message>
        <source>This database was altered outside Concerto, so it is opened read-only: you can read everything, but nothing can be changed. Restore it from a backup. What changed: %1</source>
        <translation>Cette base a été modifiée en dehors de Concerto&#xa0;: elle est donc ouverte en lecture seule. Vous pouvez tout consulter, mais rien ne peut être modifié. Restaurez-la depuis une sauvegarde. Ce qui a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changes are recorded under this name; click to change who is working</source>
        <translation>Les modifications sont enregistrées sous ce nom&#xa0;; cliquez pour changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The connection to the regional server; the work goes on offline in any case</source>
        <translation>La connexion au serveur régional&#xa0;; le travail continue hors ligne dans tous les cas</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflit à régler</numerusform>
            <numerusform>%n conflits à régler</numerusform>
        </translation>
    </message>
    <message>
        <source>Search patients, cases, sessions (%1)</source>
        <translation>Rechercher patients, dossiers, séances (%1)</translation>
    </message>
    <message>
        <source>Type a name, birth date, INS, IPP, committee or session date: suggestions appear as you type. Enter opens the Patients workspace with the matches.</source>
        <translation>Tapez un nom, une date de naissance, un INS, un IPP, une RCP ou une date de séance&#xa0;: les suggestions apparaissent au fil de la frappe. Entrée ouvre l&apos;espace Patients avec les résultats.</translation>
    </message>
</context>
<context>
    <name>concerto::MeetingStrip</name>
    <message>
        <source>Time spent on the case taken up, against its share of the session</source>
        <translation>Temps passé sur le dossier en cours, face à sa part de la séance</translation>
    </message>
    <message>
        <source>Time since the session began, against its planned length</source>
        <translation>Temps écoulé depuis le début de la séance, face à sa durée prévue</translation>
    </message>
    <message>
        <source>Session: %1 planned</source>
        <translation>Séance&#xa0;: %1 prévues</translation>
    </message>
    <message>
        <source>Session: %1 of %2</source>
        <translation>Séance&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>No case taken up</source>
        <translation>Aucun dossier en cours</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln present</source>
        <translation>
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Les séances n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and those of the next two weeks</source>
        <translation>Les séances du jour et des deux semaines à venir</translation>
    </message>
    <message>
        <source>Join the video conference</source>
        <translation>Rejoindre la visioconférence</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Unknown committee</source>
        <translation>RCP inconnue</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No session today or in the next two weeks.</source>
        <translation>Aucune séance aujourd&apos;hui ni dans les deux semaines à venir.</translation>
    </message>
    <message>
        <source>This session has no video-conference link</source>
        <translation>Cette séance n&apos;a pas de lien de visioconférence</translation>
    </message>
    <message>
        <source>Meeting ended</source>
        <translation>Séance close</translation>
    </message>
    <message>
        <source>Meeting in progress</source>
        <translation>Séance en cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Select a case to see its quorum.</source>
        <translation>Choisissez un dossier pour voir son quorum.</translation>
    </message>
    <message>
        <source>The quorum could not be computed: %1</source>
        <translation>Le quorum n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter takes a case up, Ctrl+Enter saves its decision and goes to the next one, Ctrl+R postpones it, F5 shows it on the projector.</source>
        <translation>Entrée prend un dossier, Ctrl+Entrée enregistre sa décision et passe au suivant, Ctrl+R le reporte, F5 l&apos;affiche au vidéoprojecteur.</translation>
    </message>
    <message>
        <source>Presentation (F5)</source>
        <translation>Présentation (F5)</translation>
    </message>
    <message>
        <source>The case alone, in large type, on the second screen or the projector</source>
        <translation>Le dossier seul, en grands caractères, sur le second écran ou le vidéoprojecteur</translation>
    </message>
    <message>
        <source>Sign the decided fiches (Ctrl+Shift+S)</source>
        <translation>Signer les fiches décidées (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>The coordinator signs every decided fiche of the session at once</source>
        <translation>Le coordonnateur signe d&apos;un coup toutes les fiches décidées de la séance</translation>
    </message>
    <message>
        <source>Enter: take the case up</source>
        <translation>Entrée&#xa0;: prendre le dossier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Save, next case (Ctrl+Enter)</source>
        <translation>Enregistrer, dossier suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Postpone… (Ctrl+R)</source>
        <translation>Reporter… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start the meeting (F9)</source>
        <translation>Démarrer la séance (F9)</translation>
    </message>
    <message>
        <source>End the meeting (F9)</source>
        <translation>Clore la séance (F9)</translation>
    </message>
    <message>
        <source>The meeting is not in progress.</source>
        <translation>La séance n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>Select a case on the agenda.</source>
        <translation>Choisissez un dossier de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>Le dossier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>Every case of the agenda is decided or postponed.</source>
        <translation>Tous les dossiers de l&apos;ordre du jour sont décidés ou reportés.</translation>
    </message>
    <message>
        <source>Case postponed.</source>
        <translation>Dossier reporté.</translation>
    </message>
    <message>
        <source>Sign the session&apos;s fiches</source>
        <translation>Signer les fiches de la séance</translation>
    </message>
    <message>
        <source>Sign every decided fiche of this session? A signed fiche is locked: a correction is a new version.</source>
        <translation>Signer toutes les fiches décidées de cette séance&#xa0;? Une fiche signée est verrouillée&#xa0;: une correction est une nouvelle version.</translation>
    </message>
    <message>
        <source>%1 — %2 — case %3 of %4</source>
        <translation>%1 — %2 — dossier %3 sur %4</translation>
    </message>
    <message>
        <source>No case on screen.</source>
        <translation>Aucun dossier à l&apos;écran.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) signed.</source>
        <translation>
            <numerusform>%Ln fiche signée.</numerusform>
            <numerusform>%Ln fiches signées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) not signed:</source>
        <translation>
            <numerusform>%Ln fiche non signée&#xa0;:</numerusform>
            <numerusform>%Ln fiches non signées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) signed</source>
        <translation>
            <numerusform>%Ln fiche signée</numerusform>
            <numerusform>%Ln fiches signées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::NomenclaturePanel</name>
    <message>
        <source>Nomenclatures</source>
        <translation>Nomenclatures</translation>
    </message>
    <message>
        <source>Import value sets…</source>
        <translation>Importer des jeux de valeurs…</translation>
    </message>
    <message>
        <source>Load national value-set files (IHE SVS XML, JDV_*.xml); a file that cannot be read is refused and the version in use stays</source>
        <translation>Charger des fichiers de jeux de valeurs nationaux (IHE SVS XML, JDV_*.xml)&#xa0;; un fichier illisible est refusé et la version en service reste</translation>
    </message>
    <message>
        <source>Value set</source>
        <translation>Jeu de valeurs</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Importing the value sets…</source>
        <translation>Import des jeux de valeurs…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import value sets</source>
        <translation>Importer des jeux de valeurs</translation>
    </message>
    <message>
        <source>Value sets (*.xml);;All files (*)</source>
        <translation>Jeux de valeurs (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The value sets could not be read: %1</source>
        <translation>Les jeux de valeurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported; the versions in use are unchanged.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être importé&#xa0;; les versions en service sont inchangées.</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être importés&#xa0;; les versions en service sont inchangées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PatientCases</name>
    <message>
        <source>Enter or double-click: open the case in its editor, or the fiche as its pages</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir le dossier dans l&apos;éditeur, ou la fiche en pages</translation>
    </message>
</context>
<context>
    <name>concerto::PatientListModel</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>May be the same person as another identity: to review</source>
        <translation>Peut-être la même personne qu&apos;une autre identité&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>%1 · to review</source>
        <translation>%1 · à vérifier</translation>
    </message>
</context>
<context>
    <name>concerto::PatientsWorkspace</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Find a patient by name, INS or IPP. The identity card and the patient&apos;s cases appear on the right.</source>
        <translation>Recherchez un patient par nom, INS ou IPP. Son identité et ses dossiers s&apos;affichent à droite.</translation>
    </message>
    <message>
        <source>Select a patient to see the identity card and the cases.</source>
        <translation>Sélectionnez un patient pour voir son identité et ses dossiers.</translation>
    </message>
    <message>
        <source>Cases and fiches</source>
        <translation>Dossiers et fiches</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Question or fiche</source>
        <translation>Question ou fiche</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birthplace (INSEE)</source>
        <translation>Lieu de naissance (INSEE)</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>not shown until the identity is qualified</source>
        <translation>non affiché tant que l&apos;identité n&apos;est pas qualifiée</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Fiche, version %1: %2</source>
        <translation>Fiche, version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Aucun dossier pour l&apos;instant</translation>
    </message>
    <message>
        <source>Names, birth date, INS or IPP</source>
        <translation>Noms, date de naissance, INS ou IPP</translation>
    </message>
    <message>
        <source>Type the first letters of the birth name, used name or given names, in any order; a birth date (18/09/1942); or the start of an INS or IPP. Down goes to the list, Escape clears the search.</source>
        <translation>Tapez les premières lettres du nom de naissance, du nom d&apos;usage ou des prénoms, dans n&apos;importe quel ordre&#xa0;; une date de naissance (18/09/1942)&#xa0;; ou le début d&apos;un INS ou d&apos;un IPP. Flèche bas va à la liste, Échap efface la recherche.</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;. Check the spelling, type fewer letters, or search by birth date (18/09/1942), INS or IPP.</source>
        <translation>Aucun patient ne correspond à «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe, tapez moins de lettres, ou cherchez par date de naissance (18/09/1942), INS ou IPP.</translation>
    </message>
    <message>
        <source>another identity</source>
        <translation>une autre identité</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>May be the same person as %1 (%2)</source>
        <translation>Peut-être la même personne que %1 (%2)</translation>
    </message>
    <message>
        <source>May be the same person as %1</source>
        <translation>Peut-être la même personne que %1</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Create an identity; look-alike identities are shown before it is saved (Ctrl+N)</source>
        <translation>Créer une identité&#xa0;; les identités ressemblantes sont présentées avant l&apos;enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>Modifier l&apos;identité…</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s identity (Enter or double-click)</source>
        <translation>Ouvrir l&apos;identité du patient sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Review duplicate…</source>
        <translation>Vérifier le doublon…</translation>
    </message>
    <message>
        <source>Compare this identity with the one it may duplicate</source>
        <translation>Comparer cette identité avec celle dont elle pourrait être le doublon</translation>
    </message>
    <message>
        <source>Register for a session…</source>
        <translation>Inscrire à une séance…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>? patients</source>
        <translation>? patients</translation>
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
        <translation>%1 sur ? patients</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%1 sur %Ln patient</numerusform>
            <numerusform>%1 sur %Ln patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PlanningCalendar</name>
    <message>
        <source>Previous month or week</source>
        <translation>Mois ou semaine précédents</translation>
    </message>
    <message>
        <source>Next month or week</source>
        <translation>Mois ou semaine suivants</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Show the committees of one 3C</source>
        <translation>Afficher les RCP d&apos;un 3C</translation>
    </message>
    <message>
        <source>Show one committee</source>
        <translation>Afficher une RCP</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Every 3C</source>
        <translation>Tous les 3C</translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation>Toutes les RCP</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incomplete</source>
        <translation>
            <numerusform>%Ln incomplet</numerusform>
            <numerusform>%Ln incomplets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PlanningWorkspace</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>The sessions of the month for every committee. Bold days have a session; select one to see its place and the cases registered.</source>
        <translation>Les séances du mois pour toutes les RCP. Les jours en gras ont une séance&#xa0;; sélectionnez-en une pour voir son lieu et les dossiers inscrits.</translation>
    </message>
    <message>
        <source>Days in bold have at least one session</source>
        <translation>Les jours en gras ont au moins une séance</translation>
    </message>
    <message>
        <source>No session this month.</source>
        <translation>Aucune séance ce mois-ci.</translation>
    </message>
    <message>
        <source>Select a session in the calendar or the list to see its detail.</source>
        <translation>Sélectionnez une séance dans le calendrier ou dans la liste pour en voir le détail.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Date limite d&apos;inscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Make sessions…</source>
        <translation>&amp;Créer des séances…</translation>
    </message>
    <message>
        <source>Make the sessions of a period from the committees&apos; schedules</source>
        <translation>Créer les séances d&apos;une période d&apos;après le calendrier des RCP</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move this session to another day or time, with the reason</source>
        <translation>Déplacer cette séance à un autre jour ou une autre heure, avec le motif</translation>
    </message>
    <message>
        <source>&amp;Cancel the session…</source>
        <translation>&amp;Annuler la séance…</translation>
    </message>
    <message>
        <source>Cancel this session, with the reason; its cases are offered the next sessions</source>
        <translation>Annuler cette séance, avec le motif&#xa0;; les séances suivantes sont proposées pour ses dossiers</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Annulée pour</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>first planned on %1: %2</source>
        <translation>d&apos;abord prévue le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>another session is in %1 at the same time</source>
        <translation>une autre séance a lieu en même temps dans %1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Month and &amp;week</source>
        <translation>Mois et &amp;semaine</translation>
    </message>
    <message>
        <source>Every committee&apos;s sessions on a month or week grid, filtered by 3C or committee</source>
        <translation>Les séances de toutes les RCP sur une grille mensuelle ou hebdomadaire, filtrées par 3C ou par RCP</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>%1, completeness being checked</source>
        <translation>%1, complétude en cours de vérification</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) this month</source>
        <translation>
            <numerusform>%Ln séance ce mois-ci</numerusform>
            <numerusform>%Ln séances ce mois-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) registered</source>
        <translation>
            <numerusform>%Ln dossier inscrit</numerusform>
            <numerusform>%Ln dossiers inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>The agenda (Ctrl+P) or the attendance sheet of this session in a print preview, or its fiches as PDF files in a folder</source>
        <translation>L&apos;ordre du jour (Ctrl+P) ou la feuille d&apos;émargement de cette séance en aperçu avant impression, ou ses fiches en fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>Print the agenda…</source>
        <translation>Imprimer l&apos;ordre du jour…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln incomplete</source>
        <translation>
            <numerusform>%1, %Ln incomplet</numerusform>
            <numerusform>%1, %Ln incomplets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::PostponeDialog</name>
    <message>
        <source>Postpone the case</source>
        <translation>Reporter le dossier</translation>
    </message>
    <message>
        <source>%1 will be presented again at a later session of the committee.</source>
        <translation>%1 sera présenté(e) à nouveau à une séance ultérieure de la RCP.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>e.g. awaiting the liver MRI; the surgeon absent</source>
        <translation>ex. IRM hépatique attendue&#xa0;; chirurgien absent</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>The committee has no later session that takes cases: plan one first.</source>
        <translation>La RCP n&apos;a pas de séance ultérieure ouverte aux inscriptions&#xa0;: planifiez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Give the reason why the case is postponed.</source>
        <translation>Indiquez pourquoi le dossier est reporté.</translation>
    </message>
</context>
<context>
    <name>concerto::PresentationWindow</name>
    <message>
        <source>Concerto — Presentation</source>
        <translation>Concerto — Présentation</translation>
    </message>
    <message>
        <source>F11: full screen · Esc: close</source>
        <translation>F11&#xa0;: plein écran · Échap&#xa0;: fermer</translation>
    </message>
</context>
<context>
    <name>concerto::PrintPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>La séance n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>concerto::ProfessionalsPanel</name>
    <message>
        <source>Filter by name, RPPS or specialty</source>
        <translation>Filtrer par nom, RPPS ou spécialité</translation>
    </message>
    <message>
        <source>New professional</source>
        <translation>Nouveau professionnel</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>The RPPS number; its last digit (Luhn key) is checked as you type</source>
        <translation>Le numéro RPPS&#xa0;; son dernier chiffre (clé de Luhn) est vérifié pendant la saisie</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Choose a specialty</source>
        <translation>Choisissez une spécialité</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Save the professional</source>
        <translation>Enregistrer le professionnel</translation>
    </message>
    <message>
        <source>RPPS %1</source>
        <translation>RPPS %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Unknown establishment</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <source>%1 (not a national code)</source>
        <translation>%1 (pas un code national)</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>concerto::ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>Changes, drafts and signatures are recorded under the profile chosen here; its role decides what may be done.</source>
        <translation>Les modifications, brouillons et signatures sont enregistrés sous le profil choisi ici&#xa0;; son rôle décide de ce qui peut être fait.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Dr Anne Martin</source>
        <translation>Dr Anne Martin</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>The professional of the directory this person is: a coordinator signs as this professional, with the RPPS number of the directory</source>
        <translation>Le professionnel de l&apos;annuaire qu&apos;est cette personne&#xa0;: un coordonnateur signe en tant que ce professionnel, avec le numéro RPPS de l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Professional</source>
        <translation>&amp;Professionnel</translation>
    </message>
    <message>
        <source>&amp;Work as this person</source>
        <translation>&amp;Travailler sous ce profil</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A coordinator signs as a professional of the directory: choose which one.</source>
        <translation>Un coordonnateur signe en tant que professionnel de l&apos;annuaire&#xa0;: choisissez lequel.</translation>
    </message>
    <message>
        <source>Type your name to make your profile.</source>
        <translation>Saisissez votre nom pour créer votre profil.</translation>
    </message>
</context>
<context>
    <name>concerto::QuorumEditor</name>
    <message>
        <source>Required specialty groups</source>
        <translation>Groupes de spécialités requis</translation>
    </message>
    <message>
        <source>Each group must be covered by a different physician present; double-click to rename</source>
        <translation>Chaque groupe doit être couvert par un médecin présent différent&#xa0;; double-cliquez pour renommer</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Specialties that satisfy the selected group</source>
        <translation>Spécialités qui satisfont le groupe sélectionné</translation>
    </message>
    <message>
        <source>Filter: oncologie, SM36…</source>
        <translation>Filtre&#xa0;: oncologie, SM36…</translation>
    </message>
    <message>
        <source>Minimum of distinct specialties</source>
        <translation>Nombre minimal de spécialités distinctes</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>%1 (not a national code)</source>
        <translation>%1 (pas un code national)</translation>
    </message>
    <message numerus="yes">
        <source>the groups can give %Ln distinct specialty(ies)</source>
        <translation>
            <numerusform>les groupes peuvent fournir %Ln spécialité distincte</numerusform>
            <numerusform>les groupes peuvent fournir %Ln spécialités distinctes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::RegistrationDialog</name>
    <message>
        <source>Diagnostic opinion</source>
        <translation>Avis diagnostique</translation>
    </message>
    <message>
        <source>Treatment proposal (incl. surveillance)</source>
        <translation>Proposition thérapeutique (y compris surveillance)</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pédiatrie</translation>
    </message>
    <message>
        <source>To be discussed</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Registered without discussion (follows a guideline)</source>
        <translation>Enregistré sans discussion (conforme à un référentiel)</translation>
    </message>
    <message>
        <source>Register %1 for a session</source>
        <translation>Inscrire %1 à une séance</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source> (registration until %1)</source>
        <translation> (inscriptions jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>No session open for registration</source>
        <translation>Aucune séance ouverte aux inscriptions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The requesting physician</source>
        <translation>Le médecin demandeur</translation>
    </message>
    <message>
        <source>Requesting physician</source>
        <translation>Médecin demandeur</translation>
    </message>
    <message>
        <source>Presenting physician</source>
        <translation>Médecin présentateur</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The question put to the board</source>
        <translation>La question posée à la RCP</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Register and open the case</source>
        <translation>Inscrire et ouvrir le dossier</translation>
    </message>
    <message>
        <source>committee unread</source>
        <translation>comité non lu</translation>
    </message>
</context>
<context>
    <name>concerto::ScheduleEditor</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every n weeks</source>
        <translation>Toutes les n semaines</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Une fois par mois</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>A day of the series: the weeks are counted from it</source>
        <translation>Un jour de la série&#xa0;: les semaines sont comptées à partir de celui-ci</translation>
    </message>
    <message>
        <source>the 1st</source>
        <translation>le 1er</translation>
    </message>
    <message>
        <source>the 2nd</source>
        <translation>le 2e</translation>
    </message>
    <message>
        <source>the 3rd</source>
        <translation>le 3e</translation>
    </message>
    <message>
        <source>the 4th</source>
        <translation>le 4e</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>le dernier</translation>
    </message>
    <message>
        <source>Which of the month&apos;s days of that name</source>
        <translation>Lequel des jours de ce nom dans le mois</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Paris time, whatever the computer&apos;s time zone</source>
        <translation>Heure de Paris, quel que soit le fuseau horaire de l&apos;ordinateur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>lasting</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation>Heure (Paris)</translation>
    </message>
    <message>
        <source>Room, building</source>
        <translation>Salle, bâtiment</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source>Registrations close this many days before the meeting</source>
        <translation>Les inscriptions sont closes ce nombre de jours avant la séance</translation>
    </message>
    <message>
        <source>Registrations close</source>
        <translation>Clôture des inscriptions</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines séances</translation>
    </message>
    <message>
        <source>none in the next six months</source>
        <translation>aucune dans les six prochains mois</translation>
    </message>
</context>
<context>
    <name>concerto::SessionListModel</name>
    <message>
        <source>Unknown committee</source>
        <translation>RCP inconnue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>all complete</source>
        <translation>tous complets</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) lack what the committee requires before the meeting</source>
        <translation>
            <numerusform>%Ln dossier ne comporte pas tous les éléments requis par la RCP avant la séance</numerusform>
            <numerusform>%Ln dossiers ne comportent pas tous les éléments requis par la RCP avant la séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incomplete</source>
        <translation>
            <numerusform>%Ln incomplet</numerusform>
            <numerusform>%Ln incomplets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::StatisticsWorkspace</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Activity indicators of the boards, computed from the fiches of the sessions held in the period (an amended fiche counts once): what the 3C and the network report every year.</source>
        <translation>Indicateurs d&apos;activité des RCP, calculés à partir des fiches des séances tenues sur la période (une fiche modifiée compte une seule fois)&#xa0;: ce que le 3C et le réseau déclarent chaque année.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>3C</source>
        <translation>3C</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>L&apos;annuaire n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>All 3C</source>
        <translation>Tous les 3C</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Toutes les RCP</translation>
    </message>
    <message>
        <source>All organs</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation>Les indicateurs n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Il n&apos;y a encore aucun chiffre à exporter.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>indicators-%1-%2.csv</source>
        <translation>indicateurs-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln fiche du %1 au %2</numerusform>
            <numerusform>%Ln fiches du %1 au %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::SyncWorkspace</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Every change made here is kept in this computer&apos;s database and sent to the regional server at the next synchronisation; the other hospitals&apos; changes come back the same way.</source>
        <translation>Chaque modification faite ici est conservée dans la base de cet ordinateur et envoyée au serveur régional à la prochaine synchronisation&#xa0;; les modifications des autres établissements reviennent par le même chemin.</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Send the waiting changes and receive the others&apos; (F5)</source>
        <translation>Envoyer les modifications en attente et recevoir celles des autres (F5)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation>Serveur régional</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>The certificate authority of the region (PEM file)</source>
        <translation>L&apos;autorité de certification de la région (fichier PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Certificate authority of the region</source>
        <translation>Autorité de certification de la région</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>Autorité de &amp;certification</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>The server&apos;s address must begin with https://, for example https://rcp.example.fr:8443.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://, par exemple https://rcp.example.fr:8443.</translation>
    </message>
    <message>
        <source>Give the certificate authority&apos;s file and your user name first.</source>
        <translation>Indiquez d&apos;abord le fichier de l&apos;autorité de certification et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Sign in to the regional server</source>
        <translation>Connexion au serveur régional</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation>L&apos;état de la synchronisation n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 modifications envoyées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Synchronising… %n record(s) received</source>
        <translation>
            <numerusform>Synchronisation… %n enregistrement reçu</numerusform>
            <numerusform>Synchronisation… %n enregistrements reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session is kept in the system&apos;s keychain; your password is never kept.</source>
        <translation>Votre session est conservée dans le trousseau du système&#xa0;; votre mot de passe n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>No keychain on this computer: your session is kept in memory only and you sign in again at each start.</source>
        <translation>Pas de trousseau sur cet ordinateur&#xa0;: votre session n&apos;est gardée qu&apos;en mémoire et vous vous reconnectez à chaque démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n change(s) applied</source>
        <translation>
            <numerusform>Envoyé&#xa0;: %n modification appliquée</numerusform>
            <numerusform>Envoyé&#xa0;: %n modifications appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received: %n record(s)</source>
        <translation>
            <numerusform>reçu&#xa0;: %n enregistrement</numerusform>
            <numerusform>reçu&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusé par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last synchronisation failed: %1</source>
        <translation>La dernière synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n held until its conflict is settled</source>
        <translation>
            <numerusform>%n retenue jusqu&apos;au règlement de son conflit</numerusform>
            <numerusform>%n retenues jusqu&apos;au règlement de leur conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value set(s) received</source>
        <translation>
            <numerusform>%n jeu de valeurs reçu</numerusform>
            <numerusform>%n jeux de valeurs reçus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concerto::Workspace</name>
    <message>
        <source>This list is incomplete: %1</source>
        <translation>Cette liste est incomplète&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Les dossiers n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>concerto::editing::CaseDocument</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>restored draft</source>
        <translation>brouillon restauré</translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation>Ce patient n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The draft of this case from %1 cannot be restored: %2.</source>
        <translation>Le brouillon de ce dossier du %1 ne peut pas être restauré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it holds no case</source>
        <translation>il ne contient pas de dossier</translation>
    </message>
    <message>
        <source>its fields %1 hold values of the wrong type</source>
        <translation>ses champs %1 contiennent des valeurs du mauvais type</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, saved meanwhile &quot;%3&quot;</source>
        <translation>%1&#xa0;: la vôtre «&#xa0;%2&#xa0;», enregistrée entre-temps «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>This case was saved by someone else while you edited it, and some of the same fields changed. Nothing was saved; your changes are kept here.
%1</source>
        <translation>Ce dossier a été enregistré par quelqu&apos;un d&apos;autre pendant que vous le modifiiez, et certains des mêmes champs ont changé. Rien n&apos;a été enregistré&#xa0;; vos modifications sont conservées ici.
%1</translation>
    </message>
</context>
<context>
    <name>concerto::editing::CommitteeDocument</name>
    <message>
        <source>This committee is no longer in the directory.</source>
        <translation>Ce comité n&apos;est plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the national identifier</source>
        <translation>l&apos;identifiant national</translation>
    </message>
    <message>
        <source>the nature</source>
        <translation>la nature</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>le calendrier</translation>
    </message>
    <message>
        <source>the quorum</source>
        <translation>le quorum</translation>
    </message>
    <message>
        <source>the guidelines</source>
        <translation>les référentiels</translation>
    </message>
    <message>
        <source>the permanent members</source>
        <translation>les membres permanents</translation>
    </message>
    <message>
        <source>This committee</source>
        <translation>Ce comité</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>le coordonnateur</translation>
    </message>
    <message>
        <source>the deputy coordinators</source>
        <translation>les coordonnateurs suppléants</translation>
    </message>
</context>
<context>
    <name>concerto::editing::DraftedDocument</name>
    <message>
        <source>The draft from %1 cannot be restored: %2.</source>
        <translation>Le brouillon du %1 ne peut pas être restauré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>restored draft</source>
        <translation>brouillon restauré</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, saved meanwhile &quot;%3&quot;</source>
        <translation>%1&#xa0;: le vôtre «&#xa0;%2&#xa0;», enregistré entre-temps «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you edited it, and some of the same fields changed. Nothing was saved; your changes are kept here.
%2</source>
        <translation>%1 a été enregistré par quelqu&apos;un d&apos;autre pendant votre modification, et certains des mêmes champs ont changé. Rien n&apos;a été enregistré&#xa0;; vos modifications sont conservées ici.
%2</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>concerto::editing::FicheDecisionDocument</name>
    <message>
        <source>This fiche no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This fiche is signed and can no longer change: a correction is a new version.</source>
        <translation>Cette fiche est signée et ne peut plus changer&#xa0;: une correction est une nouvelle version.</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>la proposition</translation>
    </message>
    <message>
        <source>the further exams</source>
        <translation>les examens complémentaires</translation>
    </message>
    <message>
        <source>the guideline and conformity</source>
        <translation>le référentiel et la conformité</translation>
    </message>
    <message>
        <source>the comments</source>
        <translation>les commentaires</translation>
    </message>
    <message>
        <source>the surveillance</source>
        <translation>la surveillance</translation>
    </message>
    <message>
        <source>the referral to a recours RCP</source>
        <translation>l&apos;orientation vers une RCP de recours</translation>
    </message>
    <message>
        <source>This fiche</source>
        <translation>Cette fiche</translation>
    </message>
</context>
<context>
    <name>concerto::editing::RecordDocument</name>
    <message>
        <source>change of %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>addition to %1</source>
        <translation>ajout à %1</translation>
    </message>
    <message>
        <source>removal from %1</source>
        <translation>suppression dans %1</translation>
    </message>
    <message>
        <source>new order of %1</source>
        <translation>nouvel ordre de %1</translation>
    </message>
</context>
<context>
    <name>concerto::ui::AttachmentSection</name>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>A PDF report or an image, up to %1 MB; kept on this computer with the case</source>
        <translation>Un compte rendu PDF ou une image, jusqu&apos;à %1 Mo&#xa0;; conservé sur cet ordinateur avec le dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Reports and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Comptes rendus et images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (%2, %3), added %4</source>
        <translation>%1 (%2, %3), ajouté le %4</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>Retirer %1 de ce dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>concerto::ui::CodePicker</name>
    <message>
        <source>The national list of codes (%1) is not imported: type the code. Administration &gt; Nomenclatures imports it.</source>
        <translation>La liste nationale des codes (%1) n&apos;est pas importée&#xa0;: saisissez le code. Elle s&apos;importe depuis Administration &gt; Nomenclatures.</translation>
    </message>
</context>
<context>
    <name>concerto::ui::FieldBinder</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
</context>
<context>
    <name>concerto::ui::ListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removes the selected line (Ctrl+Z brings it back)</source>
        <translation>Retire la ligne sélectionnée (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (DD/MM/YYYY).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>concerto::ui::TumourSection</name>
    <message>
        <source>Add a tumour</source>
        <translation>Ajouter une tumeur</translation>
    </message>
    <message>
        <source>No tumour yet.</source>
        <translation>Aucune tumeur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Tumour %1</source>
        <translation>Tumeur %1</translation>
    </message>
    <message>
        <source>Remove this tumour</source>
        <translation>Retirer cette tumeur</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la rétablit</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>Date de diagnostic</translation>
    </message>
    <message>
        <source>Topography (ICD-10)</source>
        <translation>Topographie (CIM-10)</translation>
    </message>
    <message>
        <source>e.g. C50.4 or sein</source>
        <translation>p. ex. C50.4 ou sein</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Latéralité</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilatérale</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Morphology (ICD-O-3)</source>
        <translation>Morphologie (CIM-O-3)</translation>
    </message>
    <message>
        <source>e.g. 8140/3 or adénocarcinome</source>
        <translation>p. ex. 8140/3 ou adénocarcinome</translation>
    </message>
    <message>
        <source>Clinical TNM</source>
        <translation>TNM clinique</translation>
    </message>
    <message>
        <source>Pathological TNM</source>
        <translation>TNM pathologique</translation>
    </message>
    <message>
        <source>Other staging</source>
        <translation>Autre stadification</translation>
    </message>
    <message>
        <source>System (FIGO, Ann Arbor…)</source>
        <translation>Système (FIGO, Ann Arbor…)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Add a staging</source>
        <translation>Ajouter une stadification</translation>
    </message>
    <message>
        <source>Prefix: c clinical, p pathological, y after neoadjuvant treatment, r relapse</source>
        <translation>Préfixe&#xa0;: c clinique, p pathologique, y après traitement néoadjuvant, r rechute</translation>
    </message>
    <message>
        <source>UICC 8</source>
        <translation>UICC 8</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Stage group from T, N and M: %1 (%2, %3)</source>
        <translation>Stade d&apos;après T, N et M&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Stage group: needs %1</source>
        <translation>Stade&#xa0;: nécessite %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Concerto: tumour boards (RCP) of the regional cancer network</source>
        <translation>Concerto&#xa0;: les réunions de concertation pluridisciplinaire (RCP) du réseau régional de cancérologie</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Utiliser la base de données FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Concerto cannot start</source>
        <translation>Concerto ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

%2</source>
        <translation>La base de données %1 n&apos;a pas pu être ouverte.

%2</translation>
    </message>
    <message>
        <source>Sync with the regional server at URL (https://…); kept in the settings, as the Sync workspace keeps it.</source>
        <translation>Synchroniser avec le serveur régional à l’adresse URL (https://…)&#xa0;; gardé dans les réglages, comme le fait l’espace Synchronisation.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Trust the regional certificate authority of FILE (PEM); kept in the settings.</source>
        <translation>Faire confiance à l’autorité de certification régionale du FICHIER (PEM)&#xa0;; gardé dans les réglages.</translation>
    </message>
    <message>
        <source>Sign in to the regional server as NAME; kept in the settings. The password is asked in the Sync workspace.</source>
        <translation>Se connecter au serveur régional en tant que NOM&#xa0;; gardé dans les réglages. Le mot de passe est demandé dans l’espace Synchronisation.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Do not sign in nor sync by yourself during this run (the account stays in the settings).</source>
        <translation>Ne pas se connecter ni synchroniser de soi-même pendant cette exécution (le compte reste dans les réglages).</translation>
    </message>
    <message>
        <source>--sync-server must be an https:// address, not &quot;%1&quot;.</source>
        <translation>--sync-server doit être une adresse https://, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read the database&apos;s key from FILE (where no system keychain runs; CONCERTO_KEY_FILE names it too).</source>
        <translation>Lire la clé de la base de données dans FICHIER (là où aucun trousseau du système ne fonctionne&#xa0;; CONCERTO_KEY_FILE le désigne aussi).</translation>
    </message>
</context>
</TS>
