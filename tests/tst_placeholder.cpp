#include <QtTest>
class Placeholder : public QObject { Q_OBJECT private Q_SLOTS: void ok() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_placeholder.moc"
