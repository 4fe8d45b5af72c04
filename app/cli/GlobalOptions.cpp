#include "app/cli/GlobalOptions.h"

namespace tps::cli {

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
            args.removeFirst();
            bool ok = false;
            options.keyPassphraseFd = args.isEmpty() ? -1 : args.first().toInt(&ok);
            if (!ok || options.keyPassphraseFd < 0) {
                options.badKeyPassphraseFd = true;
                return options;
            }
            args.removeFirst();
        } else {
            break;
        }
    }
    return options;
}

} // namespace tps::cli
