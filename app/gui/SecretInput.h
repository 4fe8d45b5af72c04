// The one place the GUI turns what a person typed into a password field into SecureBytes (UTF-8) for the
// layers below, which take passwords only as SecureBytes. The field is emptied at once with setText(),
// which, unlike clear(), also drops the field's undo history (clear() records every deleted character in
// it). What Qt still holds that we cannot wipe (the QString's freed buffers) is in docs/ESCROW.md.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <memory>

class QLineEdit;

namespace tps::gui {

crypto::SecureBytes takeSecret(QLineEdit* field);
// The same, shared, for a job that runs on the database worker (jobs are copied; SecureBytes is not).
std::shared_ptr<const crypto::SecureBytes> takeSharedSecret(QLineEdit* field);

} // namespace tps::gui
