#include "app/cli/GlobalOptions.h"

namespace tps::cli {

namespace {
// Takes "--…-fd N" from the front of `args` into *fd; false without a descriptor number.
bool takeDescriptor(QStringList& args, int* fd)
{
    args.removeFirst();
    bool ok = false;
    *fd = args.isEmpty() ? -1 : args.first().toInt(&ok);
    if (!ok || *fd < 0)
        return false;
    args.removeFirst();
    return true;
}
} // namespace

GlobalOptions takeGlobalOptions(QStringList& args)
{
    GlobalOptions options;
    const QString lang = QStringLiteral("--lang");
    while (!args.isEmpty()) {
        const QString& word = args.first();
        if (word == lang) {
            args.removeFirst();
            if (args.isEmpty() || args.first().isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
                options.missingValue = true;
                return options;
            }
            options.language = args.takeFirst();
        } else if (word.startsWith(lang + QLatin1Char('='))) {
            options.language = word.mid(lang.size() + 1);
            args.removeFirst();
            if (options.language.isEmpty()) {
                options.missingValue = true;
                return options;
            }
        } else if (word == QLatin1String("--key-passphrase-fd")) {
            if (!takeDescriptor(args, &options.keyPassphraseFd)) {
                options.badKeyPassphraseFd = true;
                return options;
            }
        } else if (word == QLatin1String("--password-fd")) {
            if (!takeDescriptor(args, &options.passwordFd)) {
                options.badPasswordFd = true;
                return options;
            }
        } else {
            break;
        }
    }
    return options;
}

} // namespace tps::cli
