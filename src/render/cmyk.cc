#include "render/cmyk.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/Buffer.hh>
#include <vector>

#include "util/files.h"
#include "util/text.h"

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

std::string cmyk_profile() {
  for (const char* p : {"/usr/share/color/icc/ghostscript/default_cmyk.icc", "/usr/share/ghostscript/iccprofiles/default_cmyk.icc"})
    if (file_exists(p)) return p;
  return "";
}

namespace {

enum class Rewrite { rgb_to_gray, gray_to_cmyk };

// Collects the operands since the last operator, so an operator and its operands
// can be replaced together. Everything else passes through unchanged.
class ColourFilter : public QPDFObjectHandle::TokenFilter {
 public:
  explicit ColourFilter(Rewrite mode) : mode_(mode) {}

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
  std::vector<std::string> operands() const {
    std::vector<std::string> out;
    for (const auto& t : pending_)
      if (t.getType() != QPDFTokenizer::tt_space) out.push_back(t.getValue());
    return out;
  }
  bool replace(const std::string& op) {
    std::vector<std::string> v = operands();
    if (mode_ == Rewrite::rgb_to_gray && (op == "rg" || op == "RG") && v.size() == 3 && v[0] == v[1] &&
        v[1] == v[2]) {
      pending_.clear();
      write(" " + v[0] + (op == "rg" ? " g" : " G"));
      return true;
    }
    if (mode_ == Rewrite::gray_to_cmyk && (op == "g" || op == "G") && v.size() == 1) {
      pending_.clear();
      double k = 1 - std::atof(v[0].c_str());
      if (k < 0) k = 0;
      if (k > 1) k = 1;
      write(" 0 0 0 " + format_number(k, 4) + (op == "g" ? " k" : " K"));
      return true;
    }
    return false;
  }
  void flush() {
    for (const auto& t : pending_) writeToken(t);
    pending_.clear();
  }
  Rewrite mode_;
  std::vector<QPDFTokenizer::Token> pending_;
};

bool rewrite_colours(const std::string& in, Rewrite mode, const PdfDocumentInfo* info, std::string* out,
                     std::string* err) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("pdf", in.data(), in.size());
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      page.addContentTokenFilter(std::make_shared<ColourFilter>(mode));
      page.forEachFormXObject(true, [&](QPDFObjectHandle& obj, QPDFObjectHandle&, std::string const&) {
        obj.addTokenFilter(std::make_shared<ColourFilter>(mode));
      });
    }
    if (info) {
      // Ghostscript stamps the clock into the dates; the project's date keeps builds repeatable.
      auto doc_info = pdf.getTrailer().getKey("/Info");
      if (doc_info.isDictionary()) {
        std::string d = pdf_date(info->date);
        doc_info.replaceKey("/CreationDate", QPDFObjectHandle::newString(d));
        doc_info.replaceKey("/ModDate", QPDFObjectHandle::newString(d));
      }
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
    *err = std::string("cannot rewrite the colours of the PDF: ") + e.what();
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

}  // namespace

std::string neutral_rgb_to_gray(const std::string& pdf, std::string* err) {
  std::string out;
  if (!rewrite_colours(pdf, Rewrite::rgb_to_gray, nullptr, &out, err)) return "";
  return out;
}

bool convert_to_cmyk(const std::string& gs, const std::string& print_pdf, const std::string& out_path,
                     const PdfDocumentInfo& info, std::string* err) {
  std::string profile = cmyk_profile();
  if (profile.empty()) {
    *err = "no CMYK colour profile found for the PDF/X output intent (Debian: apt-get install ghostscript)";
    return false;
  }
  std::string source, grey;
  if (!read_file(print_pdf, &source, err)) return false;
  if (!rewrite_colours(source, Rewrite::rgb_to_gray, nullptr, &grey, err)) return false;
  const std::string grey_path = out_path + ".grey.pdf", gs_path = out_path + ".gs.pdf", def_path = out_path + ".pdfx.ps";
  // The output intent, written as Ghostscript's PDFX_def.ps does.
  std::string def =
      "%!\n/ICCProfile " + postscript_string(profile) + " def\n"
      "[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark\n"
      "[{icc_PDFX} <</N 4>> /PUT pdfmark\n"
      "[{icc_PDFX} ICCProfile (r) file /PUT pdfmark\n"
      "[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark\n"
      "[{OutputIntent_PDFX} <<\n  /Type /OutputIntent\n  /S /GTS_PDFX\n"
      "  /OutputCondition (Commercial and specialty printing)\n  /Info (Ghostscript default CMYK)\n"
      "  /OutputConditionIdentifier (CGATS TR 001)\n  /RegistryName (http://www.color.org)\n"
      "  /DestOutputProfile {icc_PDFX}\n>> /PUT pdfmark\n"
      "[{Catalog} <</OutputIntents [ {OutputIntent_PDFX} ]>> /PUT pdfmark\n";
  auto cleanup = [&] {
    for (const auto& p : {grey_path, gs_path, def_path}) std::remove(p.c_str());
  };
  if (!write_file_atomic(grey_path, grey, err) || !write_file_atomic(def_path, def, err)) {
    cleanup();
    return false;
  }
  std::string log;
  int code = run_program({gs, "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "--permit-file-read=" + path_dirname(profile) + "/",
                          "-sDEVICE=pdfwrite", "-dPDFX", "-dPDFXCompatibilityPolicy=1", "-sColorConversionStrategy=CMYK",
                          "-sProcessColorModel=DeviceCMYK", "-dAutoRotatePages=/None", "-dEmbedAllFonts=true",
                          "-sOutputFile=" + gs_path, def_path, grey_path},
                         &log);
  std::string converted, done;
  bool ok = code == 0 && read_file(gs_path, &converted, err);
  cleanup();
  if (code != 0) {
    *err = "Ghostscript could not convert the print PDF to CMYK (exit " + std::to_string(code) + ")" +
           (log.empty() ? "" : ": " + trim(log.substr(0, 400)));
    return false;
  }
  if (!ok || !rewrite_colours(converted, Rewrite::gray_to_cmyk, &info, &done, err)) return false;
  return write_file_atomic(out_path, done, err);
}

}  // namespace sterk
