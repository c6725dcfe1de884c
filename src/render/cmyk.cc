#include "render/cmyk.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "util/files.h"
#include "util/icc.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

std::string find_ghostscript() {
  const char* path = std::getenv("PATH");
  if (!path) return "";
  for (const std::string& dir : split(path, ':')) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/gs";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

std::string builtin_cmyk_profile() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  std::string dir = path_dirname(std::string(buf, static_cast<size_t>(n)));
  for (const std::string& p : {path_join(dir, "sterk-fogra39.icc"), path_join(dir, "../share/sterk/sterk-fogra39.icc")})
    if (file_exists(p)) return p;
  return "";
}

std::string cmyk_condition(const std::string& profile) {
  std::string bytes, err;
  IccProfile icc;
  if (profile.empty() || !read_file(profile, &bytes, &err) || !parse_icc_profile(bytes, &icc, &err)) return "";
  return icc_condition_identifier(icc.description) + " (" + icc.description + ")";
}

bool is_near_black(double r, double g, double b) {
  double hi = std::max({r, g, b}), lo = std::min({r, g, b});
  return hi <= 0.2 + 1e-6 && hi - lo <= 0.03;
}

namespace {

enum class Step { set_colours, overprint };

// Collects the operands since the last operator, so an operator and its operands
// can be replaced together. Everything else passes through unchanged.
class ColourFilter : public QPDFObjectHandle::TokenFilter {
 public:
  ColourFilter(Step step, const std::vector<Colour>& inks) : step_(step), inks_(inks) {}

  void handleToken(QPDFTokenizer::Token const& t) override {
    auto type = t.getType();
    if (type == QPDFTokenizer::tt_integer || type == QPDFTokenizer::tt_real || type == QPDFTokenizer::tt_space) {
      pending_.push_back(t);
      return;
    }
    if (type == QPDFTokenizer::tt_word && replace(t.getValue())) return;
    flush();
    writeToken(t);
  }
  void handleEOF() override { flush(); }

 private:
  std::vector<double> operands() const {
    std::vector<double> out;
    for (const auto& t : pending_)
      if (t.getType() != QPDFTokenizer::tt_space) out.push_back(std::atof(t.getValue().c_str()));
    return out;
  }
  bool is_ink(double r, double g, double b) const {
    for (const Colour& c : inks_)
      if (std::fabs(c.r - r) < 0.5 / 255 && std::fabs(c.g - g) < 0.5 / 255 && std::fabs(c.b - b) < 0.5 / 255)
        return true;
    return false;
  }
  bool replace(const std::string& op) {
    std::vector<double> v = operands();
    bool fill = op == "rg" || op == "g" || op == "k";
    if (step_ == Step::set_colours && (op == "rg" || op == "RG" || op == "g" || op == "G")) {
      if (v.size() == 1) v = {v[0], v[0], v[0]};
      if (v.size() != 3) return false;
      std::string k;
      if (is_near_black(v[0], v[1], v[2]) || is_ink(v[0], v[1], v[2])) k = "1";
      else if (v[0] == v[1] && v[1] == v[2]) k = format_number(std::clamp(1 - v[0], 0.0, 1.0), 4);
      else return false;
      pending_.clear();
      write(" 0 0 0 " + k + (fill ? " k" : " K"));
      return true;
    }
    if (step_ == Step::overprint && op == "k" && v.size() == 4) {
      // Overprint is part of the graphics state, saved and restored with q/Q like
      // the colour; setting both together keeps every saved state consistent.
      bool black = v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 1;
      std::string ops;
      for (const auto& t : pending_) ops += t.getValue();
      pending_.clear();
      write(std::string(black ? " /sterkOP gs" : " /sterkKO gs") + ops + "k");
      return true;
    }
    return false;
  }
  void flush() {
    for (const auto& t : pending_) writeToken(t);
    pending_.clear();
  }
  Step step_;
  const std::vector<Colour>& inks_;
  std::vector<QPDFTokenizer::Token> pending_;
};

QPDFObjectHandle extgstate(bool overprint) {
  auto d = QPDFObjectHandle::newDictionary();
  d.replaceKey("/Type", QPDFObjectHandle::newName("/ExtGState"));
  d.replaceKey("/op", QPDFObjectHandle::newBool(overprint));
  if (overprint) d.replaceKey("/OPM", QPDFObjectHandle::newInteger(1));
  return d;
}

void add_overprint_states(QPDFObjectHandle resources) {
  if (!resources.isDictionary()) return;
  QPDFObjectHandle gs = resources.getKey("/ExtGState");
  if (!gs.isDictionary()) {
    gs = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/ExtGState", gs);
  }
  gs.replaceKey("/sterkOP", extgstate(true));
  gs.replaceKey("/sterkKO", extgstate(false));
}

struct Finish {
  const PdfDocumentInfo* info = nullptr;  ///< set: the PDF/X keys and the dates
  bool overprint = false;
};

bool rewrite(const std::string& in, Step step, const std::vector<Colour>& inks, const Finish& finish,
             std::string* out, std::string* err) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("pdf", in.data(), in.size());
    bool filter = step == Step::set_colours || finish.overprint;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      if (!filter) break;
      page.addContentTokenFilter(std::make_shared<ColourFilter>(step, inks));
      if (step == Step::overprint) add_overprint_states(page.getObjectHandle().getKey("/Resources"));
      page.forEachFormXObject(true, [&](QPDFObjectHandle& obj, QPDFObjectHandle&, std::string const&) {
        obj.addTokenFilter(std::make_shared<ColourFilter>(step, inks));
        if (step == Step::overprint) add_overprint_states(obj.getDict().getKey("/Resources"));
      });
    }
    if (finish.info) {
      auto doc_info = pdf.getTrailer().getKey("/Info");
      if (!doc_info.isDictionary()) {
        doc_info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        pdf.getTrailer().replaceKey("/Info", doc_info);
      }
      // Ghostscript stamps the clock into the dates; the project's date keeps builds repeatable.
      std::string d = pdf_date(finish.info->date);
      doc_info.replaceKey("/CreationDate", QPDFObjectHandle::newString(d));
      doc_info.replaceKey("/ModDate", QPDFObjectHandle::newString(d));
      doc_info.replaceKey("/GTS_PDFXVersion", QPDFObjectHandle::newString("PDF/X-3:2002"));
      doc_info.replaceKey("/Trapped", QPDFObjectHandle::newName("/False"));
      // PDF/X-3:2002 needs no XMP, and Ghostscript's carries the clock and a random id.
      pdf.getRoot().removeKey("/Metadata");
      // qpdf keeps the first half of an existing /ID, and Ghostscript's comes from the clock.
      pdf.getTrailer().removeKey("/ID");
    }
    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setCompressStreams(true);
    w.setStreamDataMode(qpdf_s_compress);
    w.write();
    auto buf = w.getBufferSharedPointer();
    out->assign(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
    return true;
  } catch (std::exception& e) {
    *err = tr("cannot rewrite the colours of the PDF: {}", e.what());
    return false;
  }
}

// Runs a program without a shell; its output goes to *log.
int run_program(const std::vector<std::string>& args, std::string* log) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    ::dup2(fds[1], 1);
    ::dup2(fds[1], 2);
    ::close(fds[0]);
    ::close(fds[1]);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(fds[1]);
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) log->append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string postscript_string(const std::string& s) {
  std::string out = "(";
  for (char c : s) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// The output intent, written as Ghostscript's PDFX_def.ps does.
std::string output_intent_def(const std::string& profile, const IccProfile& icc) {
  std::string id = icc_condition_identifier(icc.description);
  std::string condition = id == "FOGRA39" ? "Offset printing, coated paper (ISO 12647-2:2004/Amd 1, paper type 1 or 2)"
                                          : icc.description;
  return "%!\n/ICCProfile " + postscript_string(profile) + " def\n"
         "[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark\n"
         "[{icc_PDFX} <</N 4>> /PUT pdfmark\n"
         "[{icc_PDFX} ICCProfile (r) file /PUT pdfmark\n"
         "[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark\n"
         "[{OutputIntent_PDFX} <<\n  /Type /OutputIntent\n  /S /GTS_PDFX\n"
         "  /OutputCondition " + postscript_string(condition) + "\n"
         "  /Info " + postscript_string(icc.description) + "\n"
         "  /OutputConditionIdentifier " + postscript_string(id) + "\n"
         "  /RegistryName (http://www.color.org)\n"
         "  /DestOutputProfile {icc_PDFX}\n>> /PUT pdfmark\n"
         "[{Catalog} <</OutputIntents [ {OutputIntent_PDFX} ]>> /PUT pdfmark\n";
}

}  // namespace

std::string set_black_and_greys(const std::string& pdf, const std::vector<Colour>& inks, std::string* err) {
  std::string out;
  if (!rewrite(pdf, Step::set_colours, inks, {}, &out, err)) return "";
  return out;
}

bool convert_to_cmyk(const CmykJob& job, const std::string& print_pdf, const std::string& out_path,
                     std::string* err) {
  std::string source, set, icc_bytes;
  IccProfile icc;
  if (!read_file(job.profile, &icc_bytes, err)) return false;
  if (!parse_icc_profile(icc_bytes, &icc, err)) {
    *err = tr("'{}': {}", job.profile, *err);
    return false;
  }
  if (!read_file(print_pdf, &source, err)) return false;
  if (!rewrite(source, Step::set_colours, job.black_inks, {}, &set, err)) return false;
  const std::string set_path = out_path + ".k.pdf", gs_path = out_path + ".gs.pdf", def_path = out_path + ".pdfx.ps";
  auto cleanup = [&] {
    for (const auto& p : {set_path, gs_path, def_path}) std::remove(p.c_str());
  };
  if (!write_file_atomic(set_path, set, err) || !write_file_atomic(def_path, output_intent_def(job.profile, icc), err)) {
    cleanup();
    return false;
  }
  std::string log;
  int code = run_program({job.ghostscript, "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER",
                          "--permit-file-read=" + path_dirname(job.profile) + "/", "-sDEVICE=pdfwrite", "-dPDFX",
                          "-dPDFXCompatibilityPolicy=1", "-sColorConversionStrategy=CMYK",
                          "-sProcessColorModel=DeviceCMYK", "-sOutputICCProfile=" + job.profile,
                          "-dRenderIntent=1", "-dAutoRotatePages=/None", "-dEmbedAllFonts=true",
                          "-sOutputFile=" + gs_path, def_path, set_path},
                         &log);
  std::string converted, done;
  bool ok = code == 0 && read_file(gs_path, &converted, err);
  cleanup();
  if (code != 0) {
    *err = log.empty() ? tr("Ghostscript could not convert the print PDF to CMYK (exit {})", code)
                       : tr("Ghostscript could not convert the print PDF to CMYK (exit {}): {}", code,
                            trim(log.substr(0, 400)));
    return false;
  }
  Finish finish;
  finish.info = &job.info;
  finish.overprint = job.overprint_black;
  if (!ok || !rewrite(converted, Step::overprint, {}, finish, &done, err)) return false;
  return write_file_atomic(out_path, done, err);
}

}  // namespace sterk
