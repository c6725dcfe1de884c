#pragma once
// A part of a card that most cards leave out (the quote): one pointer until it is
// written, and read as an empty value when it is not there. A Quote is 160 bytes;
// 10 000 cards without one held 1.5 MiB of empty quotes (docs/performance.md).
#include <memory>

namespace sterk {

template <class T>
class OnDemand {
 public:
  OnDemand() = default;
  OnDemand(const OnDemand& o) : value_(o.value_ ? std::make_unique<T>(*o.value_) : nullptr) {}
  OnDemand(OnDemand&&) noexcept = default;
  OnDemand& operator=(const OnDemand& o) {
    if (this != &o) value_ = o.value_ ? std::make_unique<T>(*o.value_) : nullptr;
    return *this;
  }
  OnDemand& operator=(OnDemand&&) noexcept = default;

  /// The value, or an empty T when none was written.
  const T& operator*() const { return value_ ? *value_ : empty(); }
  const T* operator->() const { return &**this; }
  /// The value to write into, made when it is first needed.
  T& edit() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  /// True when something was written (it may still be empty).
  bool written() const { return value_ != nullptr; }

 private:
  static const T& empty() {
    static const T nothing{};
    return nothing;
  }
  std::unique_ptr<T> value_;
};

}  // namespace sterk
