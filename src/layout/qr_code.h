#pragma once
// QR codes for the `type: qr` template element (libqrencode). Layout turns the
// modules into plain filled rectangles, so every output draws them as vectors.
#include <string>
#include <vector>

namespace sterk {

/// The modules of a QR code, row by row; true = dark. No quiet zone.
struct QrMatrix {
  int size = 0;  ///< modules per side
  std::vector<bool> dark;
  bool at(int x, int y) const { return dark[static_cast<size_t>(y) * size + x]; }
};

/// Modules of light margin a scanner needs around the code (ISO/IEC 18004).
constexpr int kQrQuietZone = 4;
/// Smallest module a phone camera reads reliably from a printed card.
constexpr double kQrMinModuleMm = 0.4;

/// Encodes `text` as bytes with error correction level M (15 % may be damaged).
/// False when it does not fit in a QR code (over about 2300 bytes).
bool encode_qr(const std::string& text, QrMatrix* out);

}  // namespace sterk
