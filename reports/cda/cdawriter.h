// The small vocabulary the CDA export is written in: a QXmlStreamWriter (which escapes every text and
// attribute, so what a user typed goes out as typed) with the HL7 data types the FRCP uses (codes,
// instance ids, timestamps in the boards' clock, booleans) and the entry shapes it repeats (the
// CI-SIS simple observation, the comment act). Nothing here reads the clock: times come from the record.
#pragma once

#include "reports/cda/cdacodes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QXmlStreamWriter>

namespace concerto::reports::cda {

class Writer final {
public:
    explicit Writer(QByteArray *out);
    Q_DISABLE_COPY_MOVE(Writer)

    QXmlStreamWriter &xml() { return m_xml; }

    void start(const char *name) { m_xml.writeStartElement(QLatin1String(name)); }
    void end() { m_xml.writeEndElement(); }
    void attr(const char *name, const QString &value) { m_xml.writeAttribute(QLatin1String(name), value); }
    void attr(const char *name, const char *value) { attr(name, QString::fromUtf8(value)); }
    // <name>text</name>; nothing when the text is empty.
    void textElement(const char *name, const QString &text);
    // An element with attributes given as name/value pairs and no content.
    void empty(const char *name, std::initializer_list<std::pair<const char *, QString>> attributes);

    void templateId(const char *root, const char *extension = nullptr);
    void id(const QString &root, const QString &extension = QString());
    // <name code codeSystem displayName codeSystemName/>, left open when `open`.
    void code(const char *name, const Code &c, bool open = false);
    void nullCode(const char *name, const char *nullFlavor = "NA");
    // <value xsi:type="CD" …/>, <value xsi:type="BL" value/>.
    void valueCd(const Code &c);
    void valueBl(bool b);
    void statusCompleted() { empty("statusCode", {{"code", QStringLiteral("completed")}}); }
    // <name value="YYYYMMDD"/>, or nullFlavor when the date is not known.
    void date(const char *name, const QDate &d, const char *nullFlavor = "UNK");
    // <name value="YYYYMMDDhhmmss+hhmm"/> in the boards' clock (Europe/Paris).
    void time(const char *name, const QDateTime &utc);
    // <effectiveTime><low/><high/></effectiveTime>; a missing end is left out, a missing start is UNK.
    void interval(const QDate &low, const QDate &high);
    // <text><reference value="#id"/></text> (the narrative element the entry refers to).
    void textReference(const QString &narrativeId);

    // The CI-SIS simple observation (FR-Simple-Observation) up to its statusCode: the caller writes its
    // effectiveTime, value and entryRelationships, then closes it with end().
    void beginSimpleObservation(const Code &what, const QString &narrativeId);
    // FR-Commentaire-ER: the comment act that refers to narrative text, in an entryRelationship.
    void commentAct(const QString &narrativeId);

    // A narrative <content ID="id">text</content> (the target of a reference).
    void content(const QString &narrativeId, const QString &text);

    void finish();

    static QString timestamp(const QDateTime &utc);

private:
    QXmlStreamWriter m_xml;
};

} // namespace concerto::reports::cda
