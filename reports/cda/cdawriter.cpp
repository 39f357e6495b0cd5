// The HL7 data types and repeated entry shapes of the FRCP CDA, over QXmlStreamWriter.
#include "reports/cda/cdawriter.h"

#include "models/domain/boardtime.h"

namespace concerto::reports::cda {

Writer::Writer(QByteArray *out)
    : m_xml(out) {
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
}

void Writer::textElement(const char *name, const QString &text) {
    if (!text.isEmpty())
        m_xml.writeTextElement(QLatin1String(name), text);
}

void Writer::empty(const char *name, std::initializer_list<std::pair<const char *, QString>> attributes) {
    m_xml.writeEmptyElement(QLatin1String(name));
    for (const auto &[key, value] : attributes)
        attr(key, value);
}

void Writer::templateId(const char *root, const char *extension) {
    m_xml.writeEmptyElement(QStringLiteral("templateId"));
    attr("root", root);
    if (extension)
        attr("extension", extension);
}

void Writer::id(const QString &root, const QString &extension) {
    m_xml.writeEmptyElement(QStringLiteral("id"));
    attr("root", root);
    if (!extension.isEmpty())
        attr("extension", extension);
}

void Writer::code(const char *name, const Code &c, bool open) {
    if (open)
        start(name);
    else
        m_xml.writeEmptyElement(QLatin1String(name));
    attr("code", c.code);
    if (!c.displayName.isEmpty())
        attr("displayName", c.displayName);
    attr("codeSystem", c.system);
    if (!c.systemName.isEmpty())
        attr("codeSystemName", c.systemName);
}

void Writer::nullCode(const char *name, const char *nullFlavor) {
    empty(name, {{"nullFlavor", QString::fromLatin1(nullFlavor)}});
}

void Writer::valueCd(const Code &c) {
    m_xml.writeEmptyElement(QStringLiteral("value"));
    attr("xsi:type", "CD");
    if (c.isEmpty()) {
        attr("nullFlavor", "UNK");
        return;
    }
    attr("code", c.code);
    if (!c.displayName.isEmpty())
        attr("displayName", c.displayName);
    attr("codeSystem", c.system);
    if (!c.systemName.isEmpty())
        attr("codeSystemName", c.systemName);
}

void Writer::valueBl(bool b) {
    m_xml.writeEmptyElement(QStringLiteral("value"));
    attr("xsi:type", "BL");
    attr("value", b ? "true" : "false");
}

void Writer::date(const char *name, const QDate &d, const char *nullFlavor) {
    if (d.isValid())
        empty(name, {{"value", d.toString(QStringLiteral("yyyyMMdd"))}});
    else
        empty(name, {{"nullFlavor", QString::fromLatin1(nullFlavor)}});
}

QString Writer::timestamp(const QDateTime &utc) {
    const QDateTime local = toBoardTime(utc);
    const int offset = boardOffsetSeconds(utc);
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyyMMddHHmmss")) +
           QStringLiteral("%1%2%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void Writer::time(const char *name, const QDateTime &utc) {
    if (utc.isValid())
        empty(name, {{"value", timestamp(utc)}});
    else
        empty(name, {{"nullFlavor", QStringLiteral("UNK")}});
}

void Writer::interval(const QDate &low, const QDate &high) {
    start("effectiveTime");
    date("low", low);
    if (high.isValid())
        date("high", high);
    end();
}

void Writer::textReference(const QString &narrativeId) {
    start("text");
    empty("reference", {{"value", QLatin1Char('#') + narrativeId}});
    end();
}

void Writer::beginSimpleObservation(const Code &what, const QString &narrativeId) {
    start("observation");
    attr("classCode", "OBS");
    attr("moodCode", "EVN");
    templateId("1.3.6.1.4.1.19376.1.5.3.1.4.13");
    templateId("1.2.250.1.213.1.1.3.48");
    code("code", what);
    textReference(narrativeId);
    statusCompleted();
}

void Writer::commentAct(const QString &narrativeId) {
    start("act");
    attr("classCode", "ACT");
    attr("moodCode", "EVN");
    templateId("2.16.840.1.113883.10.20.1.40");
    templateId("1.3.6.1.4.1.19376.1.5.3.1.4.2");
    templateId("1.2.250.1.213.1.1.3.32");
    code("code", loinc("48767-8", "Commentaire"));
    textReference(narrativeId);
    statusCompleted();
    end();
}

void Writer::content(const QString &narrativeId, const QString &text) {
    start("content");
    attr("ID", narrativeId);
    m_xml.writeCharacters(text);
    end();
}

void Writer::finish() {
    m_xml.writeEndDocument();
}

} // namespace concerto::reports::cda
