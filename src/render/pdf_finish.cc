#include "render/pdf_finish.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

namespace sterk {

std::string pdf_date(const std::string& d) {
  std::string digits;
  for (char c : d)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() != 8) digits = "20260101";
  return "D:" + digits + "000000Z";
}

namespace {
QPDFObjectHandle box(double x0, double y0, double x1, double y1) {
  auto a = QPDFObjectHandle::newArray();
  for (double v : {x0, y0, x1, y1}) a.appendItem(QPDFObjectHandle::newReal(v, 6, true));
  return a;
}

void set_exact_size(QPDFObjectHandle page, const PdfPageInfo& info) {
  if (info.width_pt > 0 && info.height_pt > 0) page.replaceKey("/MediaBox", box(0, 0, info.width_pt, info.height_pt));
}

// Cairo adds /Group << /S /Transparency >> to every page whatever is drawn on it.
// sterk draws only opaque colours (the ExtGState Cairo writes has /CA 1 /ca 1).
void remove_page_group(QPDFObjectHandle page) {
  QPDFObjectHandle group = page.getKey("/Group");
  if (group.isDictionary() && group.getKey("/S").isName() && group.getKey("/S").getName() == "/Transparency")
    page.removeKey("/Group");
}
}  // namespace

bool finish_pdf(const std::string& in, const PdfDocumentInfo& info, const std::vector<PdfPageInfo>& pages,
                const std::vector<PdfOutlineEntry>& outline, std::string* out, std::string* err) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("cairo output", in.data(), in.size());
    auto all = QPDFPageDocumentHelper(pdf).getAllPages();
    if (all.size() != pages.size()) {
      *err = "the PDF has " + std::to_string(all.size()) + " pages, expected " + std::to_string(pages.size());
      return false;
    }
    auto nums = QPDFObjectHandle::newArray();
    for (size_t i = 0; i < all.size(); ++i) {
      QPDFObjectHandle page = all[i].getObjectHandle();
      set_exact_size(page, pages[i]);
      remove_page_group(page);
      auto media = page.getKey("/MediaBox").getArrayAsRectangle();
      if (pages[i].bleed_pt > 0) {
        double b = pages[i].bleed_pt;
        page.replaceKey("/BleedBox", page.getKey("/MediaBox").shallowCopy());
        page.replaceKey("/TrimBox", box(media.llx + b, media.lly + b, media.urx - b, media.ury - b));
      }
      auto label = QPDFObjectHandle::newDictionary();
      label.replaceKey("/P", QPDFObjectHandle::newUnicodeString(pages[i].label));
      if (pages[i].numbered) {
        label.replaceKey("/S", QPDFObjectHandle::newName("/D"));
        label.replaceKey("/St", QPDFObjectHandle::newInteger(static_cast<long long>(i + 1)));
      }
      nums.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(i)));
      nums.appendItem(label);
    }
    QPDFObjectHandle root = pdf.getRoot();
    auto labels = QPDFObjectHandle::newDictionary();
    labels.replaceKey("/Nums", nums);
    root.replaceKey("/PageLabels", labels);
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(info.language));
    if (info.duplex != PdfDocumentInfo::none) {
      auto prefs = QPDFObjectHandle::newDictionary();
      prefs.replaceKey("/PrintScaling", QPDFObjectHandle::newName("/None"));
      prefs.replaceKey("/Duplex", QPDFObjectHandle::newName(info.duplex == PdfDocumentInfo::long_edge
                                                                ? "/DuplexFlipLongEdge"
                                                                : "/DuplexFlipShortEdge"));
      root.replaceKey("/ViewerPreferences", prefs);
    }

    if (!outline.empty()) {
      auto outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
      outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
      std::vector<QPDFObjectHandle> items;
      for (const auto& e : outline) {
        auto item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title));
        item.replaceKey("/Parent", outlines);
        auto dest = QPDFObjectHandle::newArray();
        dest.appendItem(all.at(static_cast<size_t>(e.page)).getObjectHandle());
        dest.appendItem(QPDFObjectHandle::newName("/Fit"));
        item.replaceKey("/Dest", dest);
        items.push_back(item);
      }
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) items[i].replaceKey("/Prev", items[i - 1]);
        if (i + 1 < items.size()) items[i].replaceKey("/Next", items[i + 1]);
      }
      outlines.replaceKey("/First", items.front());
      outlines.replaceKey("/Last", items.back());
      outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
      root.replaceKey("/Outlines", outlines);
      root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
    }

    auto dict = QPDFObjectHandle::newDictionary();
    auto put = [&](const char* key, const std::string& v) {
      if (!v.empty()) dict.replaceKey(key, QPDFObjectHandle::newUnicodeString(v));
    };
    put("/Title", info.title);
    put("/Author", info.author);
    put("/Subject", info.subject);
    put("/Keywords", info.keywords);
    put("/Creator", info.creator);
    put("/Producer", info.creator);
    dict.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdf_date(info.date)));
    dict.replaceKey("/ModDate", QPDFObjectHandle::newString(pdf_date(info.date)));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(dict));

    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setObjectStreamMode(qpdf_o_generate);
    w.setCompressStreams(true);
    w.write();
    std::unique_ptr<Buffer> buf(w.getBuffer());
    out->assign(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
    return true;
  } catch (const std::exception& e) {
    *err = std::string("cannot finish the PDF: ") + e.what();
    return false;
  }
}

}  // namespace sterk
