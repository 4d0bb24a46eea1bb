// Vehicle keys: P-256 signatures that verify, and everything else that must not.

#include "vehiclekey.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;

class TestVehicleKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsAndVerifies()
    {
        const VehicleKeyPair key = VehicleKeyPair::generate();
        QVERIFY(key.isValid());
        QVERIFY(isP256PublicKey(key.publicKeyDer()));
        const QByteArray message = "set policy version 7 of veh-alex-1, counter 42";
        const QByteArray signature = key.sign(message);
        QVERIFY(verifySignature(key.publicKeyDer(), message, signature));

        QByteArray tampered = message;
        tampered[10] = 'X';
        QVERIFY(!verifySignature(key.publicKeyDer(), tampered, signature));
        QByteArray badSignature = signature;
        badSignature[badSignature.size() - 1] = char(badSignature.back() ^ 1);
        QVERIFY(!verifySignature(key.publicKeyDer(), message, badSignature));
        QVERIFY(!verifySignature(VehicleKeyPair::generate().publicKeyDer(), message, signature));
        QVERIFY(!verifySignature(key.publicKeyDer(), message, {}));
        QVERIFY(!verifySignature("garbage", message, signature));
    }

    void reloadsFromItsPem()
    {
        const VehicleKeyPair key = VehicleKeyPair::generate();
        const VehicleKeyPair again = VehicleKeyPair::fromPrivatePem(key.privatePem());
        QVERIFY(again.isValid());
        QCOMPARE(again.publicKeyDer(), key.publicKeyDer());
        QVERIFY(verifySignature(key.publicKeyDer(), "m", again.sign("m")));
        QVERIFY(!VehicleKeyPair::fromPrivatePem("-----BEGIN PRIVATE KEY-----\nnope\n").isValid());
        QCOMPARE(keyIdOf(key.publicKeyDer()).size(), 16);
        QVERIFY(keyIdOf(key.publicKeyDer()) != keyIdOf(VehicleKeyPair::generate().publicKeyDer()));
    }

    void refusesOtherCurvesAndAlgorithms()
    {
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("k.pem"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                          QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-384"), QStringLiteral("-out"), pem},
              QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                          QStringLiteral("ED25519"), QStringLiteral("-out"), pem}}) {
            QCOMPARE(QProcess::execute(QStringLiteral("openssl"), args), 0);
            QFile file(pem);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!VehicleKeyPair::fromPrivatePem(file.readAll()).isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestVehicleKey)
#include "test_vehiclekey.moc"
