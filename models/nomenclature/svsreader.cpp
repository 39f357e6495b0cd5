// The IHE SVS value-set reader: one pass of QXmlStreamReader over the whole file, every fault reported
// with the file name (and the line for XML and content errors).
#include "models/nomenclature/svsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace concerto::nomenclature {

namespace {

const QLatin1String kSvsNamespace("urn:ihe:iti:svs:2008");

// A date of the SVS files: "20100101000000", "20100101" or ISO ("2010-01-01T00:00:00+01:00").
// Empty gives a null date; `ok` is false for anything else.
QDate parseDate(const QString &text, bool *ok) {
    *ok = true;
    if (text.isEmpty())
        return {};
    QDate d;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-'))
        d = QDate::fromString(text.left(10), Qt::ISODate);
    else if (text.size() == 8 || text.size() == 12 || text.size() == 14)
        d = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    *ok = d.isValid();
    return d;
}

class Reader {
public:
    Reader(QIODevice &device, QString fileName)
        : m_xml(&device)
        , m_file(std::move(fileName)) {}

    ReadResult read() {
        if (!m_xml.readNextStartElement())
            return xmlError();
        if (m_xml.name() != QLatin1String("RetrieveValueSetResponse") ||
            (!m_xml.namespaceUri().isEmpty() && m_xml.namespaceUri() != kSvsNamespace))
            return fail(
                QCoreApplication::translate(
                    "Nomenclature",
                    "%1 is not a value set (IHE SVS RetrieveValueSetResponse): its root element is %2.")
                    .arg(m_file, m_xml.qualifiedName().toString()));
        std::optional<ValueSet> set;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("ValueSet")) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (set)
                return failAtLine(QCoreApplication::translate(
                    "Nomenclature", "a second ValueSet; a file must hold exactly one value set."));
            set.emplace();
            if (!readValueSet(*set))
                return fail(m_error);
        }
        // Read to the end so that a truncated or malformed tail is caught too.
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError())
            return xmlError();
        if (!set)
            return fail(QCoreApplication::translate("Nomenclature",
                                                    "%1: no ValueSet element; this is not a value set.")
                            .arg(m_file));
        if (set->concepts.empty())
            return fail(QCoreApplication::translate("Nomenclature", "%1: the value set %2 has no concept.")
                            .arg(m_file, set->name));
        set->source = m_file;
        return {std::move(set), {}};
    }

private:
    ReadResult fail(const QString &message) { return {std::nullopt, message}; }
    ReadResult failAtLine(const QString &what) { return fail(atLine(what)); }
    QString atLine(const QString &what) const {
        return QCoreApplication::translate("Nomenclature", "%1, line %2: %3")
            .arg(m_file)
            .arg(m_xml.lineNumber())
            .arg(what);
    }
    ReadResult xmlError() {
        return fail(QCoreApplication::translate("Nomenclature",
                                                "%1, line %2: the XML is malformed or cut short (%3).")
                        .arg(m_file)
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.errorString()));
    }
    bool setError(const QString &what) {
        m_error = atLine(what);
        return false;
    }

    bool readValueSet(ValueSet &set) {
        static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
        const QXmlStreamAttributes a = m_xml.attributes();
        set.oid = a.value(QLatin1String("id")).toString().trimmed();
        set.name = a.value(QLatin1String("displayName")).toString().trimmed();
        set.version = a.value(QLatin1String("version")).toString().trimmed();
        if (!oid.match(set.oid).hasMatch())
            return setError(QCoreApplication::translate(
                                "Nomenclature", "the ValueSet has no valid OID in its id attribute (\"%1\").")
                                .arg(set.oid));
        if (set.name.isEmpty())
            return setError(QCoreApplication::translate("Nomenclature", "the ValueSet has no displayName."));
        if (set.version.isEmpty())
            return setError(QCoreApplication::translate("Nomenclature", "the ValueSet has no version."));
        bool ok = true;
        set.revisionDate = parseDate(a.value(QLatin1String("revisionDate")).toString().trimmed(), &ok);
        if (!ok)
            return setError(QCoreApplication::translate("Nomenclature", "the revisionDate is not a date."));
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("ConceptList")) {
                if (!readConcepts(set))
                    return false;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return true; // an XML error here is reported by read()
    }

    bool readConcepts(ValueSet &set) {
        QSet<QString> seen;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("Concept")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = m_xml.attributes();
            Concept c;
            c.code = a.value(QLatin1String("code")).toString().trimmed();
            c.codeSystem = a.value(QLatin1String("codeSystem")).toString().trimmed();
            c.displayName = a.value(QLatin1String("displayName")).toString().trimmed();
            if (c.code.isEmpty())
                return setError(QCoreApplication::translate("Nomenclature", "a Concept has no code."));
            if (c.displayName.isEmpty())
                return setError(
                    QCoreApplication::translate("Nomenclature", "the concept %1 has no displayName.")
                        .arg(c.code));
            if (seen.contains(c.code))
                return setError(
                    QCoreApplication::translate("Nomenclature", "the code %1 appears twice.").arg(c.code));
            bool ok = true;
            c.validFrom = parseDate(a.value(QLatin1String("dateValid")).toString().trimmed(), &ok);
            if (ok)
                c.validTo = parseDate(a.value(QLatin1String("dateFin")).toString().trimmed(), &ok);
            if (!ok)
                return setError(
                    QCoreApplication::translate(
                        "Nomenclature", "the concept %1 has a dateValid or dateFin that is not a date.")
                        .arg(c.code));
            seen.insert(c.code);
            set.concepts.push_back(std::move(c));
            m_xml.skipCurrentElement();
        }
        return true;
    }

    QXmlStreamReader m_xml;
    QString m_file;
    QString m_error;
};

} // namespace

ReadResult readValueSet(QIODevice &device, const QString &fileName) {
    if (!device.isSequential() && device.size() == 0)
        return {std::nullopt,
                QCoreApplication::translate("Nomenclature", "%1: the file is empty.").arg(fileName)};
    return Reader(device, fileName).read();
}

ReadResult readValueSetFile(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            std::nullopt,
            QCoreApplication::translate("Nomenclature", "Cannot read %1: %2").arg(path, file.errorString())};
    return readValueSet(file, name);
}

} // namespace concerto::nomenclature
