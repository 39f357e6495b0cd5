// The layers the build enforces: a scratch project made of Concerto's own cmake/layers.cmake, the ui
// layer's arrows of the root CMakeLists.txt and two tiny libraries (a store and a ui) is configured and
// built for real; a ui source that includes the store must fail to build, naming the file and the arrow.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QString &dir) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

void write(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class LayersTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString source() const { return m_dir.filePath(QStringLiteral("src")); }

    // Configures and builds the scratch project with `windowSource` as its ui source; `exceptions` is
    // the ui layer's list of files allowed the store.
    Run build(const QByteArray &windowSource, const QByteArray &exceptions = {}) {
        write(source() + QStringLiteral("/ui/window.cpp"), windowSource);
        write(source() + QStringLiteral("/CMakeLists.txt"),
              "cmake_minimum_required(VERSION 3.25)\nproject(scratch CXX)\n"
              "add_library(concerto_settings INTERFACE)\n"
              "target_include_directories(concerto_settings INTERFACE ${CMAKE_SOURCE_DIR})\n"
              "set(CONCERTO_USES_store \"\")\n"
              "set(CONCERTO_USES_ui " CONCERTO_USES_UI ")\n"
              "foreach(used IN LISTS CONCERTO_USES_ui)\n"
              "  if(NOT TARGET concerto_${used})\n    add_library(concerto_${used} INTERFACE)\n  endif()\n"
              "endforeach()\n"
              "set(CONCERTO_LAYER_EXCEPTIONS_ui " +
                  exceptions +
                  ")\n"
                  "include(cmake/layers.cmake)\n"
                  "concerto_layer(store FOLDERS models/store)\n"
                  "concerto_layer(ui FOLDERS ui)\n");
        const QString binary = m_dir.filePath(QStringLiteral("build"));
        QDir(binary).removeRecursively();
        const Run configured = run(QStringLiteral("cmake"),
                                   {QStringLiteral("-S"), source(), QStringLiteral("-B"), binary,
                                    QStringLiteral("-G"), QStringLiteral("Ninja")},
                                   m_dir.path());
        if (configured.code != 0)
            return configured;
        return run(QStringLiteral("cmake"), {QStringLiteral("--build"), binary}, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The project's own layer machinery, as the real build uses it.
        for (const char *name : {"layers.cmake", "checklayers.cmake"}) {
            const QString to = source() + QStringLiteral("/cmake/") + QLatin1String(name);
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(QStringLiteral(CONCERTO_SOURCE_DIR "/cmake/") + QLatin1String(name), to));
        }
        write(source() + QStringLiteral("/models/store/database.h"), "#pragma once\nstruct Database {};\n");
        write(source() + QStringLiteral("/models/store/database.cpp"),
              "#include \"models/store/database.h\"\nDatabase *opened() { return nullptr; }\n");
        write(source() + QStringLiteral("/services/patients.h"), "#pragma once\nstruct Patients {};\n");
    }

    void theStoreIsNotAnArrowOfTheUi() {
        QVERIFY(!QByteArray(CONCERTO_USES_UI).split(' ').contains("store"));
        QVERIFY(QByteArray(CONCERTO_USES_UI).split(' ').contains("services"));
    }

    void aUiSourceThroughTheServicesBuilds() {
        const Run r = build("#include \"services/patients.h\"\nPatients window() { return {}; }\n");
        QVERIFY2(r.code == 0, qPrintable(r.output));
    }

    void aUiSourceThatIncludesTheStoreFailsToBuild() {
        const Run r = build("#include \"models/store/database.h\"\nDatabase window() { return {}; }\n");
        QVERIFY2(r.code != 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(
                     QStringLiteral("ui/window.cpp includes models/store/database.h: the ui layer may not "
                                    "use the store layer")),
                 qPrintable(r.output));
        // Refused before anything of the ui is compiled.
        QVERIFY(!QFile::exists(
            m_dir.filePath(QStringLiteral("build/CMakeFiles/concerto_ui.dir/ui/window.cpp.o"))));
    }

    void anIncludeWrittenOtherwiseIsCaughtToo() {
        const Run r =
            build("  #  include   \"models/store/database.h\" // spaced\nint window() { return 0; }\n");
        QVERIFY2(r.code != 0, qPrintable(r.output));
        QVERIFY(r.output.contains(QStringLiteral("the ui layer may not use the store layer")));
    }

    void theListOfPendingFilesLetsOnlyThoseThrough() {
        const QByteArray store = "#include \"models/store/database.h\"\nDatabase window() { return {}; }\n";
        QVERIFY2(build(store, "ui/window.cpp>store").code == 0, "a file of the list builds");
        const Run other = build(store, "ui/other.cpp>store");
        QVERIFY2(other.code != 0, qPrintable(other.output));
        QVERIFY(other.output.contains(QStringLiteral("ui/window.cpp includes models/store/database.h")));
    }
};

QTEST_GUILESS_MAIN(LayersTest)
#include "tst_layers.moc"
