#include "VendorCaFixture.h"

#include "TestSupport.h"

#include <QDir>

namespace tps::test {

namespace {
// subjectDirectoryAttributes: SEQUENCE { Attribute { tpmSpecification 2.23.133.2.16,
// SET { TPMSpecification { family "2.0", level 0, revision 138 } } } }
const char* const kTpmSpecification = "3019301706056781050210310e300c0c03322e300201000202008a";

QStringList keyArgs(const QString& algorithm)
{
    if (algorithm == QLatin1String("rsa"))
        return {QStringLiteral("-newkey"), QStringLiteral("rsa:3072")};
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-384")};
}

// openssl's dirName sections drop everything up to the first '.', so each OID gets a throw-away prefix;
// '+' after it makes the attribute part of the previous RDN.
QByteArray ekConfig(const EkCertOptions& o)
{
    const QString plus = o.multiValuedRdn ? QStringLiteral("+") : QString();
    QString cnf = QStringLiteral("[ek]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,%1\n"
                                 "subjectAltName=critical,dirName:tpm_dn\n2.5.29.9=DER:%2\n"
                                 "authorityKeyIdentifier=keyid\n")
                      .arg(o.keyUsage, QLatin1String(kTpmSpecification));
    if (o.ekEku)
        cnf += QStringLiteral("extendedKeyUsage=2.23.133.8.1\n");
    cnf += QStringLiteral("[tpm_dn]\na.2.23.133.2.1=") + o.manufacturerId + QStringLiteral("\nb.") + plus +
           QStringLiteral("2.23.133.2.2=") + o.model + QStringLiteral("\nc.") + plus +
           QStringLiteral("2.23.133.2.3=") + o.version + QLatin1Char('\n');
    return cnf.toUtf8();
}
} // namespace

VendorCaFixture::VendorCaFixture(const QString& dir, const QString& vendor, const QString& keyAlgorithm,
                                 int days)
    : m_dir(dir), m_vendor(vendor)
{
    QDir().mkpath(rootsDir());
    writeFile(path(QStringLiteral("ca.cnf")),
              "[ca]\nbasicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    const QString org = QStringLiteral("/C=DE/O=%1").arg(vendor);
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyArgs(keyAlgorithm) +
                 QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             path(QStringLiteral("root.key")), QStringLiteral("-out"), rootPem(),
                             QStringLiteral("-subj"), org + QStringLiteral("/CN=") + rootName(),
                             QStringLiteral("-days"), QString::number(days)}) ||
        !openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + keyArgs(keyAlgorithm) +
                 QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             path(QStringLiteral("int.key")), QStringLiteral("-out"),
                             path(QStringLiteral("int.csr")), QStringLiteral("-subj"),
                             org + QStringLiteral("/CN=") + vendor + QStringLiteral(" EK CA 01")}) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  path(QStringLiteral("int.csr")), QStringLiteral("-CA"), rootPem(), QStringLiteral("-CAkey"),
                  path(QStringLiteral("root.key")), QStringLiteral("-set_serial"), QStringLiteral("2"),
                  QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"),
                  path(QStringLiteral("ca.cnf")), QStringLiteral("-extensions"), QStringLiteral("ca"),
                  QStringLiteral("-out"), intermediatePem()}) ||
        // Any request: `x509 -req -force_pubkey` replaces its key and `-subj /` empties its subject.
        !openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("dummy.key")),
                  QStringLiteral("-out"), path(QStringLiteral("dummy.csr")), QStringLiteral("-subj"),
                  QStringLiteral("/CN=dummy")}))
        return;
}

QByteArray VendorCaFixture::issueEk(const QString& publicPem, const QString& name,
                                    const EkCertOptions& options)
{
    const QString cnf = path(name + QStringLiteral(".cnf"));
    const QString out = path(name + QStringLiteral(".der"));
    if (!writeFile(cnf, ekConfig(options))) {
        m_error = QStringLiteral("cannot write %1").arg(cnf);
        return {};
    }
    QStringList args{QStringLiteral("x509"),
                     QStringLiteral("-req"),
                     QStringLiteral("-in"),
                     path(QStringLiteral("dummy.csr")),
                     QStringLiteral("-CA"),
                     intermediatePem(),
                     QStringLiteral("-CAkey"),
                     path(QStringLiteral("int.key")),
                     QStringLiteral("-force_pubkey"),
                     publicPem,
                     QStringLiteral("-subj"),
                     QStringLiteral("/"),
                     QStringLiteral("-set_serial"),
                     QString::number(++m_serial),
                     QStringLiteral("-days"),
                     QString::number(options.days),
                     QStringLiteral("-") + options.digest,
                     QStringLiteral("-extfile"),
                     cnf,
                     QStringLiteral("-extensions"),
                     QStringLiteral("ek"),
                     QStringLiteral("-outform"),
                     QStringLiteral("DER"),
                     QStringLiteral("-out"),
                     out};
    if (options.pss)
        args << QStringLiteral("-sigopt") << QStringLiteral("rsa_padding_mode:pss")
             << QStringLiteral("-sigopt") << QStringLiteral("rsa_pss_saltlen:digest");
    return openssl(args) ? readFile(out) : QByteArray();
}

bool VendorCaFixture::openssl(const QStringList& args)
{
    const ToolRun r = runTool(QStringLiteral("openssl"), args);
    if (!r.ok())
        m_error =
            QStringLiteral("openssl %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(r.err));
    return r.ok();
}

} // namespace tps::test
