#include "layout/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace sterk {

namespace {
struct QrFree {
  void operator()(QRcode* q) const { QRcode_free(q); }
};
}  // namespace

bool encode_qr(const std::string& text, QrMatrix* out) {
  if (text.empty()) return false;
  // 8-bit mode keeps a URL exactly as written (case-sensitive); version 0 = smallest that fits.
  std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  if (!code) return false;
  out->size = code->width;
  out->dark.assign(static_cast<size_t>(code->width) * code->width, false);
  for (size_t i = 0; i < out->dark.size(); ++i) out->dark[i] = (code->data[i] & 1) != 0;
  return true;
}

}  // namespace sterk
