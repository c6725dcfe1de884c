// The SVG allow-list (render/svg_sanitize.h): what goes into index.html draws and
// does nothing else. Each attack below is a way SVG runs script or fetches files.
#include <catch2/catch.hpp>

#include "layout/media.h"
#include "render/svg_sanitize.h"
#include "test_project.h"

using namespace sterk;

namespace {
const std::string kHead = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">";
std::string clean(const std::string& body) { return sanitize_svg(kHead + body + "</svg>"); }
}  // namespace

TEST_CASE("the SVG allow-list keeps the drawing", "[svg][html]") {
  CHECK(clean("<g fill=\"none\" stroke=\"currentColor\"><path d=\"M1 1h2\"/><circle cx=\"3\" cy=\"4\" r=\"2\"/></g>") ==
        kHead + "<g fill=\"none\" stroke=\"currentColor\"><path d=\"M1 1h2\"/><circle cx=\"3\" cy=\"4\" r=\"2\"/></g></svg>");
  CHECK(clean("<defs><linearGradient id=\"a\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
              "<rect fill=\"url(#a)\" width=\"4\" height=\"4\"/><use href=\"#a\"/>") ==
        kHead + "<defs><linearGradient id=\"a\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
                "<rect fill=\"url(#a)\" width=\"4\" height=\"4\"/><use href=\"#a\"/></svg>");
  CHECK(sanitize_svg("<!-- @license lucide ISC -->\n<svg viewBox=\"0 0 1 1\"/>") ==
        "<!-- @license lucide ISC -->\n<svg viewBox=\"0 0 1 1\"/>");
  CHECK(clean("<title>A &amp; B &lt;3</title>") == kHead + "<title>A &amp; B &lt;3</title></svg>");
}

TEST_CASE("the SVG allow-list drops everything that runs or fetches", "[svg][html]") {
  const std::string empty = kHead + "</svg>";
  CHECK(clean("<script>alert(1)</script>") == empty);
  CHECK(clean("<SCRIPT>alert(1)</SCRIPT>") == empty);
  CHECK(clean("<script><![CDATA[alert(1)]]></script>") == empty);
  CHECK(clean("<style>@import url(http://x/y.css);</style>") == empty);
  CHECK(clean("<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/>"
              "</body></foreignObject>") == empty);
  CHECK(clean("<foreignObject><img src=x onerror=alert(1)></foreignObject>") == "");  // unbalanced: nothing
  CHECK(clean("<image href=\"http://tracker.example/p.png\"/>") == empty);
  CHECK(clean("<a href=\"javascript:alert(1)\"><text>klik</text></a>") == empty);
  CHECK(clean("<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>") == empty);
  CHECK(clean("<set attributeName=\"onload\" to=\"alert(1)\"/>") == empty);
  CHECK(clean("<iframe src=\"http://x\"></iframe>") == empty);
  // Attributes: handlers, links out, CSS that fetches or runs.
  CHECK(clean("<path onload=\"alert(1)\" onclick=\"x()\" d=\"M0 0\"/>") == kHead + "<path d=\"M0 0\"/></svg>");
  CHECK(clean("<use href=\"http://evil.example/s.svg#a\"/><use xlink:href=\"data:image/svg+xml,&lt;svg\"/>") ==
        kHead + "<use/><use/></svg>");
  CHECK(clean("<use href=\"java&#115;cript:alert(1)\"/>") == kHead + "<use/></svg>");
  CHECK(clean("<use href=\"#a javascript:alert(1)\"/><use href=\"#\"/>") == kHead + "<use/><use/></svg>");
  CHECK(clean("<rect fill=\"url(http://x/y)\" style=\"fill:url('https://x/z')\"/>") == kHead + "<rect/></svg>");
  CHECK(clean("<rect style=\"background:url(java&#x73;cript:alert(1))\"/>") == kHead + "<rect/></svg>");
  CHECK(clean("<rect style=\"fill:#f00;stroke:none\"/>") == kHead + "<rect style=\"fill:#f00;stroke:none\"/></svg>");
  // Values cannot break out of their quotes; text cannot open a tag.
  CHECK(clean("<rect id='a\"onmouseover=\"alert(1)'/>") ==
        kHead + "<rect id=\"a&quot;onmouseover=&quot;alert(1)\"/></svg>");
  CHECK(clean("<text>&lt;script&gt;alert(1)&lt;/script&gt;</text>") ==
        kHead + "<text>&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>");
  // Entities and doctypes: declared entities vanish, the doctype is not copied.
  CHECK(sanitize_svg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg><text>&x;</text></svg>") ==
        "<svg><text></text></svg>");
  // A comment that would end early in HTML ("<!-->") cannot carry markup out.
  CHECK(sanitize_svg("<!--><script>alert(1)</script>--><svg/>") == "<!--  script alert(1) /script -->\n<svg/>");
}

TEST_CASE("markup the sanitiser cannot follow gives no drawing at all", "[svg][html]") {
  CHECK(sanitize_svg("no drawing here") == "");
  CHECK(sanitize_svg("<svg><g></svg>") == "");
  CHECK(sanitize_svg("<svg><path d=\"M0 0") == "");
  CHECK(sanitize_svg("<svg><g></path></g></svg>") == "");
  CHECK(svg_data_url("<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
  CHECK(svg_data_url("<svg><script>x</script></svg>") == "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=");
}

TEST_CASE("SVG files are refused past their limits before librsvg reads them", "[svg][limits]") {
  SvgFile svg;
  std::string problem;
  MediaLimits limits;
  CHECK(read_svg_data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"12\"><path d=\"M0 0h4\"/></svg>",
                      limits, &svg, &problem));
  CHECK(svg.width == 24);
  CHECK(svg.height == 12);
  CHECK(!read_svg_data("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + kHead + "<text>&a;</text></svg>", limits, &svg,
                       &problem));
  CHECK(problem ==
        "it declares XML entities or an external document (<!DOCTYPE … [ or <!ENTITY>); a drawing needs neither, and "
        "they can make it expand without end or fetch files");
  std::string deep = kHead;
  for (int i = 0; i < 101; ++i) deep += "<g>";
  for (int i = 0; i < 101; ++i) deep += "</g>";
  CHECK(!read_svg_data(deep + "</svg>", limits, &svg, &problem));
  CHECK(problem == "its elements are nested more than 100 levels deep");
  limits.max_svg_bytes = 100;
  CHECK(!read_svg_data(kHead + std::string(200, ' ') + "</svg>", limits, &svg, &problem));
  CHECK(problem == "it is 266 bytes; an SVG may be at most 100 bytes");
}

TEST_CASE("the web pages carry no active content from a partner's pictogram", "[svg][html]") {
  test::TempProject p;
  std::string out;
  REQUIRE(test::run("cp -r '" + test::repo_dir() + "/tests/cases/bad/_base/.' '" + p.root() + "/'", &out) == 0);
  p.write("templates/pictograms/partner.svg",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 24 24\" "
          "onload=\"alert(1)\"><script>alert(2)</script><style>*{background:url(http://x/)}</style>"
          "<a xlink:href=\"javascript:alert(3)\"><circle r=\"4\"/></a><image href=\"http://x/t.png\"/>"
          "<path d=\"M2 2h20\" stroke=\"currentColor\" onclick=\"alert(4)\"/></svg>\n");
  p.write("cards/deck.yaml",
          "deck: {id: deck, title: T, audience: werkgever, template: professional, edition: '1', kind: workshop}\n"
          "cards:\n  - {id: W-1, title: Werk <script>alert(5)</script>, pictogram: partner}\n");
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --output html", &out) == 0);
  // The pages and the pictogram files beside them (the pages' only script is sterk.js).
  std::string html;
  test::run("cat " + p.path("out/deck/index.html") + " " + p.path("out/deck/kaart") + "/*.html " +
                p.path("out/deck/beeld") + "/*.svg | grep -v '^<script src=\"[./]*sterk.js\" defer></script>$'",
            &html);
  CHECK(html.find("<path d=\"M2 2h20\" stroke=\"") != std::string::npos);  // the drawing is there
  for (const char* bad : {"alert(1)", "alert(2)", "alert(3)", "alert(4)", "<script", "javascript:", "http://x/",
                          "onload", "onclick", "<image"})
    CHECK(html.find(bad) == std::string::npos);
  CHECK(html.find("Werk &lt;script&gt;alert(5)&lt;/script&gt;") != std::string::npos);  // card text escaped
}
