// pdftotext and pdfinfo run with QProcess on a file or on bytes written to a temporary file.
#include "tests/support/pdftext.h"

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace concerto::test {

namespace {

QString run(const QString &program, const QStringList &args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << args << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

template <typename F>
auto withFile(const QByteArray &pdf, F f) {
    QTemporaryFile file;
    file.setFileTemplate(QDir::tempPath() + QStringLiteral("/concerto-XXXXXX.pdf"));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        qWarning() << "cannot write a temporary PDF";
    return f(file.fileName());
}

} // namespace

QString pdfText(const QString &path, int first, int last) {
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-nodiag"), QStringLiteral("-enc"),
                     QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

QString pdfTextOf(const QByteArray &pdf, int first, int last) {
    return withFile(pdf, [&](const QString &path) { return pdfText(path, first, last); });
}

QString pdfRawTextOf(const QByteArray &pdf) {
    return withFile(pdf, [](const QString &path) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                 QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    });
}

int pdfPageCount(const QString &path) {
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int pdfPageCountOf(const QByteArray &pdf) {
    return withFile(pdf, [](const QString &path) { return pdfPageCount(path); });
}

QString simplified(const QString &text) {
    return text.simplified();
}

} // namespace concerto::test
