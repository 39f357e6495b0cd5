// Schema migrations of the local database. Never edit a released migration: add a new one.
#include "models/store/migrations.h"
#include "models/domain/boardtime.h"
#include "models/domain/searchkey.h"
#include "models/store/database.h"
#include "models/store/tables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <functional>
#include <vector>

namespace concerto::migrations {

namespace {

// Every aggregate table: identity, server version, last change, tombstone, the JSON body, and the
// columns that queries filter on.
QString aggregateTable(const char *name, const char *columns) {
    return QStringLiteral("CREATE TABLE %1 ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " version INTEGER NOT NULL DEFAULT 0,"
                          " updated_at TEXT NOT NULL,"
                          " updated_by TEXT NOT NULL,"
                          " deleted INTEGER NOT NULL DEFAULT 0,"
                          " body TEXT NOT NULL,"
                          " %2)")
        .arg(QLatin1String(name), QLatin1String(columns));
}

bool run(QSqlDatabase &db, const QStringList &statements, QString *error) {
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80) + QLatin1Char(']');
            return false;
        }
    return true;
}

// Version 1: the whole domain, the change journal (outbox), the audit log and the nomenclatures.
bool version1(QSqlDatabase &db, QString *error) {
    return run(
        db,
        {aggregateTable("organisation", "kind TEXT NOT NULL, name TEXT NOT NULL, finess TEXT"),
         aggregateTable("professional", "rpps TEXT, last_name TEXT NOT NULL, specialty TEXT"),
         aggregateTable("rcp", "organisation_id TEXT, name TEXT NOT NULL"),
         aggregateTable("session", "rcp_id TEXT NOT NULL REFERENCES rcp(id),"
                                   " starts_at TEXT NOT NULL, status TEXT NOT NULL"),
         aggregateTable("patient", "birth_name TEXT NOT NULL, used_name TEXT, given_names TEXT,"
                                   " birth_date TEXT, ins TEXT, ipp TEXT, identity_status TEXT NOT NULL"),
         aggregateTable("inscription", "session_id TEXT NOT NULL REFERENCES session(id),"
                                       " patient_id TEXT NOT NULL REFERENCES patient(id),"
                                       " agenda_state TEXT NOT NULL"),
         aggregateTable("fiche", "set_id TEXT NOT NULL, version_number INTEGER NOT NULL,"
                                 " inscription_id TEXT REFERENCES inscription(id),"
                                 " patient_id TEXT NOT NULL REFERENCES patient(id),"
                                 " status TEXT NOT NULL, signed_at TEXT,"
                                 " UNIQUE (set_id, version_number)"),
         QStringLiteral("CREATE INDEX professional_rpps ON professional(rpps)"),
         QStringLiteral("CREATE INDEX session_rcp ON session(rcp_id, starts_at)"),
         QStringLiteral("CREATE INDEX session_start ON session(starts_at)"),
         QStringLiteral("CREATE INDEX patient_birth_name ON patient(birth_name)"),
         QStringLiteral("CREATE INDEX patient_ins ON patient(ins)"),
         QStringLiteral("CREATE INDEX patient_ipp ON patient(ipp)"),
         QStringLiteral("CREATE INDEX inscription_session ON inscription(session_id)"),
         QStringLiteral("CREATE INDEX inscription_patient ON inscription(patient_id)"),
         QStringLiteral("CREATE INDEX fiche_patient ON fiche(patient_id)"),
         QStringLiteral("CREATE INDEX fiche_inscription ON fiche(inscription_id)"),
         // A signed fiche never changes, whoever writes to the file: only its server
         // version may be set when the server acknowledges it.
         QStringLiteral("CREATE TRIGGER fiche_signed_is_immutable BEFORE UPDATE ON fiche"
                        " WHEN OLD.signed_at IS NOT NULL AND (NEW.body IS NOT OLD.body"
                        " OR NEW.status IS NOT OLD.status OR NEW.signed_at IS NOT OLD.signed_at"
                        " OR NEW.deleted IS NOT OLD.deleted OR NEW.set_id IS NOT OLD.set_id"
                        " OR NEW.version_number IS NOT OLD.version_number)"
                        " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END"),
         QStringLiteral("CREATE TRIGGER fiche_signed_not_deleted BEFORE DELETE ON fiche"
                        " WHEN OLD.signed_at IS NOT NULL"
                        " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END"),
         // The outbox: one row per local change, removed only once the server confirms it.
         QStringLiteral("CREATE TABLE change_journal ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " mutation_id TEXT NOT NULL UNIQUE,"
                        " entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                        " operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),"
                        " base_version INTEGER NOT NULL, fields TEXT NOT NULL,"
                        " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX change_journal_record ON change_journal(entity, record_id)"),
         QStringLiteral("CREATE TABLE audit_log ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " at TEXT NOT NULL, actor TEXT NOT NULL,"
                        " entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                        " action TEXT NOT NULL, changes TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX audit_log_record ON audit_log(entity, record_id)"),
         QStringLiteral("CREATE TABLE nomenclature_set ("
                        " oid TEXT NOT NULL, version TEXT NOT NULL, name TEXT NOT NULL,"
                        " revision_date TEXT, source TEXT, imported_at TEXT NOT NULL,"
                        " concept_count INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 0,"
                        " PRIMARY KEY (oid, version))"),
         QStringLiteral("CREATE TABLE nomenclature_concept ("
                        " oid TEXT NOT NULL, version TEXT NOT NULL, code TEXT NOT NULL,"
                        " code_system TEXT, display_name TEXT NOT NULL, valid_from TEXT, valid_to TEXT,"
                        " PRIMARY KEY (oid, version, code),"
                        " FOREIGN KEY (oid, version) REFERENCES nomenclature_set(oid, version)"
                        " ON DELETE CASCADE)")},
        error);
}

// Version 2: a folded search key on patients (no accents, upper case) for name search and
// duplicate detection, filled in for the patients already there.
bool version2(QSqlDatabase &db, QString *error) {
    if (!run(db, {QStringLiteral("ALTER TABLE patient ADD COLUMN search_name TEXT NOT NULL DEFAULT ''")},
             error))
        return false;
    QSqlQuery select(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE patient SET search_name = ? WHERE id = ?"));
    if (!select.exec(QStringLiteral("SELECT id, body FROM patient"))) {
        *error = select.lastError().text();
        return false;
    }
    while (select.next()) {
        const QJsonObject body = QJsonDocument::fromJson(select.value(1).toByteArray()).object();
        QStringList parts{body.value(QLatin1String("birthName")).toString(),
                          body.value(QLatin1String("usedName")).toString()};
        for (const QJsonValue &given : body.value(QLatin1String("birthGivenNames")).toArray())
            parts << given.toString();
        update.addBindValue(searchKey(parts.join(QLatin1Char(' '))));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return run(db, {QStringLiteral("CREATE INDEX patient_search_name ON patient(search_name)")}, error);
}

// Version 3: indexes in the order the fiche lists page through (newest change first, newest signature
// first), so that a page of a large file reads a few rows instead of sorting every fiche.
bool version3(QSqlDatabase &db, QString *error) {
    return run(db,
               {QStringLiteral("CREATE INDEX fiche_updated ON fiche(updated_at DESC, id)"),
                QStringLiteral(
                    "CREATE INDEX fiche_signed ON fiche(signed_at DESC, id) WHERE signed_at IS NOT NULL")},
               error);
}

// Version 4: the signed-fiche trigger guards every column but the server version (version 1 left the
// record's id, patient, case and last change open to raw SQL).
bool version4(QSqlDatabase &db, QString *error) {
    return run(
        db,
        {QStringLiteral("DROP TRIGGER fiche_signed_is_immutable"),
         QStringLiteral("CREATE TRIGGER fiche_signed_is_immutable BEFORE UPDATE ON fiche"
                        " WHEN OLD.signed_at IS NOT NULL AND (NEW.id IS NOT OLD.id"
                        " OR NEW.body IS NOT OLD.body OR NEW.status IS NOT OLD.status"
                        " OR NEW.signed_at IS NOT OLD.signed_at OR NEW.deleted IS NOT OLD.deleted"
                        " OR NEW.set_id IS NOT OLD.set_id OR NEW.version_number IS NOT OLD.version_number"
                        " OR NEW.patient_id IS NOT OLD.patient_id"
                        " OR NEW.inscription_id IS NOT OLD.inscription_id"
                        " OR NEW.updated_at IS NOT OLD.updated_at OR NEW.updated_by IS NOT OLD.updated_by)"
                        " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END")},
        error);
}

// Version 5: the INS query column holds the number without spaces, in capitals (2A/2B), as searches
// look it up; the record's body keeps it as typed.
bool version5(QSqlDatabase &db, QString *error) {
    return run(
        db, {QStringLiteral("UPDATE patient SET ins = upper(replace(ins, ' ', '')) WHERE ins IS NOT NULL")},
        error);
}

// Version 6: the file says it is Concerto's (application id), and a signed fiche holds against every
// statement: INSERT OR REPLACE, REPLACE and UPDATE OR REPLACE remove a conflicting row without firing
// delete triggers (recursive_triggers is off by default, in the sqlite3 shell too), so inserts and
// updates that would collide with a signed fiche's id, rowid or (set, version) key are refused before
// they happen. The audit log can only grow. The session and patient list indexes end with the id, as
// paging by key needs.
bool version6(QSqlDatabase &db, QString *error) {
    const QString collides = QStringLiteral(
        "EXISTS (SELECT 1 FROM fiche AS s WHERE s.signed_at IS NOT NULL AND %1 (s.id = NEW.id"
        " OR s.rowid = NEW.rowid OR (s.set_id = NEW.set_id AND s.version_number = NEW.version_number)))");
    return run(db,
               {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                QStringLiteral("CREATE TRIGGER fiche_signed_not_replaced BEFORE INSERT ON fiche WHEN %1"
                               " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END")
                    .arg(collides.arg(QString())),
                QStringLiteral("CREATE TRIGGER fiche_signed_not_displaced BEFORE UPDATE ON fiche WHEN %1"
                               " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END")
                    .arg(collides.arg(QStringLiteral("s.rowid != OLD.rowid AND"))),
                // Lists page by key: their indexes end with the id that breaks ties.
                QStringLiteral("DROP INDEX session_start"),
                QStringLiteral("CREATE INDEX session_start ON session(starts_at, id)"),
                QStringLiteral("DROP INDEX patient_search_name"),
                QStringLiteral("CREATE INDEX patient_search_name ON patient(search_name, id)"),
                QStringLiteral("CREATE TRIGGER audit_log_not_changed BEFORE UPDATE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_not_deleted BEFORE DELETE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_not_replaced BEFORE INSERT ON audit_log"
                               " WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)"
                               " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")},
               error);
}

// Version 7: the patient search and duplicate detection. Query columns on patient: the sex, and the
// birth name, used name, given names and identifiers (INS, IPP, birth date as DDMMYYYY) folded apart,
// filled in for the patients already there. patient_search keeps one row per living patient, copied
// by triggers on patient whoever writes (its own integer key, which VACUUM keeps, links it to the
// FTS5 index patient_search_index); the index finds every word by its first letters and counts the
// matches without reading them. An index on (birth date, sex) with the folded names serves duplicate
// detection.
bool version7(QSqlDatabase &db, QString *error) {
    const QStringList columns{QStringLiteral("search_birth"), QStringLiteral("search_used"),
                              QStringLiteral("search_given"), QStringLiteral("search_ids")};
    QStringList add;
    for (const QString &column : columns)
        add << QStringLiteral("ALTER TABLE patient ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(column);
    add << QStringLiteral("ALTER TABLE patient ADD COLUMN sex TEXT NOT NULL DEFAULT 'U'");
    if (!run(db, add, error))
        return false;
    QSqlQuery select(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE patient SET search_birth = ?, search_used = ?, search_given = ?,"
                                  " search_ids = ?, sex = ? WHERE id = ?"));
    if (!select.exec(QStringLiteral("SELECT id, birth_name, used_name, given_names, ins, ipp, birth_date,"
                                    " CASE WHEN json_valid(CAST(body AS TEXT))"
                                    " THEN json_extract(CAST(body AS TEXT), '$.sex') END FROM patient"))) {
        *error = select.lastError().text();
        return false;
    }
    while (select.next()) {
        const QString sex = select.value(7).toString();
        update.addBindValue(searchKey(select.value(1).toString()));
        update.addBindValue(searchKey(select.value(2).toString()));
        update.addBindValue(searchKey(select.value(3).toString()));
        update.addBindValue(searchIdentifiers(select.value(4).toString(), select.value(5).toString(),
                                              QDate::fromString(select.value(6).toString(), Qt::ISODate)));
        update.addBindValue(sex == QLatin1String("M") || sex == QLatin1String("F") ? sex
                                                                                   : QStringLiteral("U"));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    const QString copy =
        QStringLiteral("INSERT INTO patient_search (patient_id, sort_key, birth, used, given, ids)");
    const QString indexColumns = QStringLiteral("birth, used, given, ids");
    return run(
        db,
        {// Covers the folded names: the duplicate pass over the whole registry reads this index only.
         QStringLiteral("CREATE INDEX patient_birth ON patient(birth_date, sex, search_birth, search_used,"
                        " search_given, id) WHERE deleted = 0"),
         QStringLiteral("CREATE TABLE patient_search ("
                        " id INTEGER PRIMARY KEY,"
                        " patient_id TEXT NOT NULL UNIQUE,"
                        " sort_key TEXT NOT NULL,"
                        " birth TEXT NOT NULL, used TEXT NOT NULL, given TEXT NOT NULL, ids TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX patient_search_order ON patient_search(sort_key, patient_id)"),
         // Prefix indexes up to 6 characters: the first letters of a name, the start of an INS, an IPP
         // or a date are each one entry, however many words begin with them.
         QStringLiteral(
             "CREATE VIRTUAL TABLE patient_search_index USING fts5(%1, content='patient_search',"
             " content_rowid='id', prefix='1 2 3 4 5 6', tokenize='unicode61 remove_diacritics 0')")
             .arg(indexColumns),
         QStringLiteral("CREATE TRIGGER patient_search_index_added AFTER INSERT ON patient_search BEGIN"
                        " INSERT INTO patient_search_index (rowid, %1)"
                        " VALUES (NEW.id, NEW.birth, NEW.used, NEW.given, NEW.ids); END")
             .arg(indexColumns),
         QStringLiteral("CREATE TRIGGER patient_search_index_removed AFTER DELETE ON patient_search BEGIN"
                        " INSERT INTO patient_search_index (patient_search_index, rowid, %1)"
                        " VALUES ('delete', OLD.id, OLD.birth, OLD.used, OLD.given, OLD.ids); END")
             .arg(indexColumns),
         QStringLiteral("CREATE TRIGGER patient_search_index_changed AFTER UPDATE ON patient_search BEGIN"
                        " INSERT INTO patient_search_index (patient_search_index, rowid, %1)"
                        " VALUES ('delete', OLD.id, OLD.birth, OLD.used, OLD.given, OLD.ids);"
                        " INSERT INTO patient_search_index (rowid, %1)"
                        " VALUES (NEW.id, NEW.birth, NEW.used, NEW.given, NEW.ids); END")
             .arg(indexColumns),
         QStringLiteral("CREATE TRIGGER patient_search_added AFTER INSERT ON patient WHEN NEW.deleted = 0"
                        " BEGIN %1 VALUES (NEW.id, NEW.search_name, NEW.search_birth, NEW.search_used,"
                        " NEW.search_given, NEW.search_ids); END")
             .arg(copy),
         QStringLiteral(
             "CREATE TRIGGER patient_search_changed AFTER UPDATE ON patient"
             " WHEN NEW.id IS NOT OLD.id OR NEW.deleted IS NOT OLD.deleted"
             " OR NEW.search_name IS NOT OLD.search_name OR NEW.search_birth IS NOT OLD.search_birth"
             " OR NEW.search_used IS NOT OLD.search_used OR NEW.search_given IS NOT OLD.search_given"
             " OR NEW.search_ids IS NOT OLD.search_ids"
             " BEGIN DELETE FROM patient_search WHERE patient_id = OLD.id;"
             " %1 SELECT NEW.id, NEW.search_name, NEW.search_birth, NEW.search_used,"
             " NEW.search_given, NEW.search_ids WHERE NEW.deleted = 0; END")
             .arg(copy),
         QStringLiteral("CREATE TRIGGER patient_search_removed AFTER DELETE ON patient"
                        " BEGIN DELETE FROM patient_search WHERE patient_id = OLD.id; END"),
         // In the list's order, so that neighbours in the list are neighbours in the file.
         QStringLiteral("%1 SELECT id, search_name, search_birth, search_used, search_given, search_ids"
                        " FROM patient WHERE deleted = 0 ORDER BY search_name, id")
             .arg(copy)},
        error);
}

// Version 8: the specialty query column of the professionals holds the national code (TRE_R38, "SM36")
// instead of the word Concerto wrote before ("medical-oncology"). The record's body keeps what it holds;
// Professional::fromJson reads an old word as its code (domain/specialtycodes.h), and the body is
// written with the code at the next save. The pairs are written out here, as they were when this
// migration shipped.
bool version8(QSqlDatabase &db, QString *error) {
    static const char *const pairs[][2] = {
        {"surgery-digestive", "SM14"}, {"surgery-thoracic", "SM11"},   {"surgery-breast-gynaecology", "SM20"},
        {"urology", "SM12"},           {"neurosurgery", "SM31"},       {"ent-surgery", "SM34"},
        {"medical-oncology", "SM36"},  {"radiation-oncology", "SM45"}, {"haematology", "SM21"},
        {"gastroenterology", "SM24"},  {"pulmonology", "SM41"},        {"gynaecology", "SM19"},
        {"dermatology", "SM15"},       {"endocrinology", "SM16"},      {"radiology", "SM44"},
        {"nuclear-medicine", "SM28"},  {"pathology", "SM01"},          {"geriatrics", "SM18"},
        {"palliative-care", "other"},  {"general-practice", "SM26"},   {"paediatric-oncology", "SM40"},
        {"genetics", "SM17"}};
    QString cases;
    for (const auto &pair : pairs)
        cases += QStringLiteral(" WHEN '%1' THEN '%2'").arg(QLatin1String(pair[0]), QLatin1String(pair[1]));
    return run(db,
               {QStringLiteral("UPDATE professional SET specialty = CASE specialty%1 ELSE specialty END"
                               " WHERE specialty IS NOT NULL")
                    .arg(cases)},
               error);
}

// Version 9: what the case editor keeps on this computer only, never journaled nor sent: the draft of
// each open case, written as the user types (case_draft: the case's id, or the id made for a new case
// not saved yet, with its patient, session and working copy as JSON), and the files attached to a case
// (attachment: name, MIME type, size, SHA-256 and the bytes).
bool version9(QSqlDatabase &db, QString *error) {
    return run(
        db,
        {QStringLiteral("CREATE TABLE case_draft ("
                        " inscription_id TEXT PRIMARY KEY NOT NULL,"
                        " is_new INTEGER NOT NULL,"
                        " patient_id TEXT NOT NULL,"
                        " session_id TEXT,"
                        " json TEXT NOT NULL,"
                        " saved_at TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX case_draft_patient ON case_draft(patient_id)"),
         QStringLiteral("CREATE TABLE attachment ("
                        " id TEXT PRIMARY KEY NOT NULL,"
                        " inscription_id TEXT NOT NULL,"
                        " name TEXT NOT NULL,"
                        " mime TEXT NOT NULL,"
                        " size INTEGER NOT NULL,"
                        " sha256 TEXT NOT NULL,"
                        " bytes BLOB NOT NULL,"
                        " added_at TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX attachment_inscription ON attachment(inscription_id, added_at)")},
        error);
}

// Version 10: the activity indicators and the case counts read indexes instead of the large JSON rows.
// Fiches and cases get the derived columns of tables.h (facts of the body that the store writes with
// SQL at each save), filled in here for the rows already there with the same expressions. The indexes
// on a fiche's case, on a case's session and on a fiche's patient are made again ending with the
// tombstone flag and those facts, so that the indicators and the per-session counts read no table row;
// small indexes of the living cases and fiches serve the whole-table counts, and one on the patients'
// sex and birth date the indicators' demography. The signed-fiche trigger guards the new columns too
// (the back-fill runs before it is made again: version 4's trigger does not look at them).
bool version10(QSqlDatabase &db, QString *error) {
    QStringList statements;
    QStringList ficheFacts, caseFacts;
    for (const char *table : {"fiche", "inscription"}) {
        const QString name = QLatin1String(table);
        QStringList sets;
        for (const DerivedColumn &d : derived::columnsOf(name)) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(name, d.name);
            sets << d.name + QStringLiteral(" = ") + d.expression.arg(QStringLiteral("body"));
            (name == QLatin1String("fiche") ? ficheFacts : caseFacts) << d.name;
        }
        statements << QStringLiteral("UPDATE %1 SET %2 WHERE json_valid(body)")
                          .arg(name, sets.join(QStringLiteral(", ")));
    }
    const QString guarded = QStringLiteral(
        "NEW.id IS NOT OLD.id OR NEW.body IS NOT OLD.body OR NEW.status IS NOT OLD.status"
        " OR NEW.signed_at IS NOT OLD.signed_at OR NEW.deleted IS NOT OLD.deleted"
        " OR NEW.set_id IS NOT OLD.set_id OR NEW.version_number IS NOT OLD.version_number"
        " OR NEW.patient_id IS NOT OLD.patient_id OR NEW.inscription_id IS NOT OLD.inscription_id"
        " OR NEW.updated_at IS NOT OLD.updated_at OR NEW.updated_by IS NOT OLD.updated_by");
    QString facts;
    for (const QString &c : ficheFacts)
        facts += QStringLiteral(" OR NEW.%1 IS NOT OLD.%1").arg(c);
    statements << QStringLiteral("DROP TRIGGER fiche_signed_is_immutable")
               << QStringLiteral("CREATE TRIGGER fiche_signed_is_immutable BEFORE UPDATE ON fiche"
                                 " WHEN OLD.signed_at IS NOT NULL AND (%1%2)"
                                 " BEGIN SELECT RAISE(ABORT, 'signed fiche is immutable'); END")
                      .arg(guarded, facts)
               // A fiche's versions by case and document (latest version, first signature) and its facts.
               << QStringLiteral("DROP INDEX fiche_inscription")
               << QStringLiteral("CREATE INDEX fiche_inscription ON fiche(inscription_id, deleted, set_id,"
                                 " version_number, signed_at, patient_id, %1)")
                      .arg(ficheFacts.join(QStringLiteral(", ")))
               // A session's cases (counts, postponed cases) and their facts.
               << QStringLiteral("DROP INDEX inscription_session")
               << QStringLiteral("CREATE INDEX inscription_session ON inscription(session_id, deleted, id,"
                                 " agenda_state, %1)")
                      .arg(caseFacts.join(QStringLiteral(", ")))
               // A patient's fiches and their cases (new patients of a period).
               << QStringLiteral("DROP INDEX fiche_patient")
               << QStringLiteral("CREATE INDEX fiche_patient ON fiche(patient_id, deleted, inscription_id)")
               // The signed fiches, newest first (a list's order), and whether they are living (their count).
               << QStringLiteral("DROP INDEX fiche_signed")
               << QStringLiteral("CREATE INDEX fiche_signed ON fiche(signed_at DESC, id, deleted)"
                                 " WHERE signed_at IS NOT NULL")
               << QStringLiteral("CREATE INDEX fiche_live ON fiche(status) WHERE deleted = 0")
               << QStringLiteral(
                      "CREATE INDEX inscription_live ON inscription(agenda_state) WHERE deleted = 0")
               << QStringLiteral("CREATE INDEX patient_demography ON patient(id, sex, birth_date)");
    return run(db, statements, error);
}

// Version 11: the unsigned fiches of a status in the fiche list's order (newest change first, then the
// id), so that the "to validate" and "drafts" filters read a page of their own rows instead of sorting
// every fiche of the status (FicheListModel: "signed_at IS NULL AND status = ?" ORDER BY updated_at DESC,
// id; a backward page walks the index the other way).
bool version11(QSqlDatabase &db, QString *error) {
    return run(db,
               {QStringLiteral("CREATE INDEX fiche_unsigned_status ON fiche(status, updated_at DESC, id)"
                               " WHERE signed_at IS NULL")},
               error);
}

// Version 12: one living session a day per committee. Each session keeps its meeting day in the boards'
// clock (board_day, written by the store with starts_at) and triggers refuse a second living (not
// deleted, not cancelled) session of the same committee on the same day, whoever writes: two planners at
// once can no longer make the same session twice. Sessions already doubled by earlier versions are kept
// as they are (nothing is deleted); only new ones are refused.
bool version12(QSqlDatabase &db, QString *error) {
    if (!run(db, {QStringLiteral("ALTER TABLE session ADD COLUMN board_day TEXT")}, error))
        return false;
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT id, starts_at FROM session"))) {
        *error = read.lastError().text();
        return false;
    }
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE session SET board_day = ? WHERE id = ?"))) {
        *error = write.lastError().text();
        return false;
    }
    while (read.next()) {
        QDateTime start = QDateTime::fromString(read.value(1).toString(), Qt::ISODateWithMs);
        start.setTimeZone(QTimeZone::utc());
        write.addBindValue(json::dateText(toBoardTime(start).date()));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    const QString living = QStringLiteral("NEW.deleted = 0 AND NEW.status <> 'cancelled' AND EXISTS ("
                                          "SELECT 1 FROM session s WHERE s.rcp_id = NEW.rcp_id"
                                          " AND s.board_day = NEW.board_day AND s.deleted = 0"
                                          " AND s.status <> 'cancelled' AND s.id <> NEW.id)");
    const QString refuse =
        QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'one session a day per committee'); END");
    return run(db,
               {QStringLiteral("CREATE INDEX session_day ON session(rcp_id, board_day)"),
                QStringLiteral("CREATE TRIGGER session_one_a_day_insert BEFORE INSERT ON session WHEN ") +
                    living + refuse,
                QStringLiteral("CREATE TRIGGER session_one_a_day_update BEFORE UPDATE OF rcp_id, board_day,"
                               " status, deleted ON session WHEN ") +
                    living + refuse},
               error);
}

// Version 13: the drafts of the other editing documents (a fiche's decision, a committee), on this
// computer only like case_draft: one row per record being edited, keyed by its table and id.
bool version13(QSqlDatabase &db, QString *error) {
    return run(db,
               {QStringLiteral("CREATE TABLE record_draft ("
                               " entity TEXT NOT NULL,"
                               " record_id TEXT NOT NULL,"
                               " json TEXT NOT NULL,"
                               " saved_at TEXT NOT NULL,"
                               " PRIMARY KEY (entity, record_id))")},
               error);
}

// Version 14: the store's sync side. sync_base keeps the last copy of each record the server confirmed
// (pulled, or pushed and acknowledged): the base of a three-way merge. sync_conflict keeps, for each
// record a pull could not apply, the server's copy, the local copy it met and their base, until a person
// resolves it (one open conflict a record: a newer server copy replaces the older one). sync_state is the
// sync's one row: this file's device id, the server, the pull cursor and the last sync. local_only_record
// names the records written on this computer only (demo data): the outbox never lists them, nor the
// later changes made to them. Filled here for an older file: its records whose creation the journal
// does not hold were written local-only (before sync, nothing left the journal).
bool version14(QSqlDatabase &db, QString *error) {
    QStringList statements{
        QStringLiteral("CREATE TABLE sync_base ("
                       " entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL, body TEXT NOT NULL,"
                       " PRIMARY KEY (entity, record_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_conflict ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " reason TEXT NOT NULL, found_at TEXT NOT NULL,"
                       " server_version INTEGER NOT NULL, server_updated_at TEXT NOT NULL,"
                       " server_updated_by TEXT NOT NULL, server_deleted INTEGER NOT NULL,"
                       " server_body TEXT NOT NULL,"
                       " local_id TEXT NOT NULL, local_version INTEGER NOT NULL,"
                       " local_updated_at TEXT NOT NULL, local_updated_by TEXT NOT NULL,"
                       " local_deleted INTEGER NOT NULL, local_body TEXT NOT NULL,"
                       " base_version INTEGER, base_body TEXT,"
                       " UNIQUE (entity, record_id))"),
        QStringLiteral("CREATE TABLE sync_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " device_id TEXT NOT NULL, server_url TEXT, cursor TEXT, last_sync_at TEXT)"),
        QStringLiteral("INSERT INTO sync_state (id, device_id) VALUES (1, '%1')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
        QStringLiteral("CREATE TABLE local_only_record ("
                       " entity TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " PRIMARY KEY (entity, record_id)) WITHOUT ROWID")};
    for (const char *table :
         {"organisation", "professional", "rcp", "session", "patient", "inscription", "fiche"})
        statements << QStringLiteral("INSERT INTO local_only_record (entity, record_id)"
                                     " SELECT '%1', id FROM %1 AS r WHERE NOT EXISTS (SELECT 1"
                                     " FROM change_journal j WHERE j.entity = '%1' AND j.record_id = r.id"
                                     " AND j.operation = 'insert')")
                          .arg(QLatin1String(table));
    return run(db, statements, error);
}

// Version 15: a draft says who left it (the user profile at work when it was written), as audit rows and
// signatures do; drafts written before say nobody.
bool version15(QSqlDatabase &db, QString *error) {
    return run(db,
               {QStringLiteral("ALTER TABLE record_draft ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE case_draft ADD COLUMN author TEXT NOT NULL DEFAULT ''")},
               error);
}

const std::vector<std::function<bool(QSqlDatabase &, QString *)>> &steps() {
    static const std::vector<std::function<bool(QSqlDatabase &, QString *)>> all{
        version1, version2, version3,  version4,  version5,  version6,  version7,
        version8, version9, version10, version11, version12, version13, version14, version15};
    return all;
}

} // namespace

int latestVersion() {
    return int(steps().size());
}

int currentVersion(const QSqlDatabase &db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool upgrade(QSqlDatabase db, int targetVersion, QString *error) {
    int current = currentVersion(db);
    if (current < 0) {
        *error = QCoreApplication::translate("Database", "the file is not a readable SQLite database");
        return false;
    }
    if (current > latestVersion()) {
        *error = QCoreApplication::translate(
                     "Database",
                     "the file was written by a newer version of Concerto (schema %1, this version knows %2)")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    QSqlQuery q(db);
    while (current < targetVersion) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        QString detail;
        if (!steps()[std::size_t(current)](db, &detail) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            if (detail.isEmpty())
                detail = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            *error = QCoreApplication::translate("Database", "migration to schema %1 failed: %2")
                         .arg(current + 1)
                         .arg(detail);
            return false;
        }
        ++current;
    }
    return true;
}

} // namespace concerto::migrations
