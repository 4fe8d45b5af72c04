#include "app/gui/SecretInput.h"

#include <QLineEdit>

namespace tps::gui {

crypto::SecureBytes takeSecret(QLineEdit* field)
{
    crypto::SecureBytes secret = crypto::secretFromText(field->text());
    field->setText(QString());
    return secret;
}

std::shared_ptr<const crypto::SecureBytes> takeSharedSecret(QLineEdit* field)
{
    return std::make_shared<const crypto::SecureBytes>(takeSecret(field));
}

} // namespace tps::gui
