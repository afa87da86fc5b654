//===- digits.cpp - Synthetic MNIST-like digits ---------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// A small, learnable stand-in for MNIST, for tests and for machines without
// the real files: each digit is a template of strokes (polylines and
// elliptical arcs, in tenths of a pixel around the centre of a 28x28 image),
// and each sample draws it with its own jitter: every control point moved a
// little, arcs reshaped, optional strokes (the flag of a 1, the bar of a 7)
// present or not, then scaled, sheared, rotated and shifted, drawn with a
// random stroke width and ink level, and finally noise, speckles and now
// and then a stray stroke are added. The result is far from trivial for a
// linear model yet easy for a small MLP.
//
// Everything is integer arithmetic on fixed-point numbers (1/256 pixel for
// coordinates, 1/4096 for factors), with trigonometric values taken from
// tables and a splitmix64 generator, so a given (seed, stream, index) gives
// the same image on every platform and with every compiler. Sample i depends
// on nothing else, so sets of different sizes share their first samples.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "data_internal.h"

#include <cstdint>
#include <vector>

using namespace dl::rt;

namespace {

constexpr int kSide = 28;
constexpr int kPixels = kSide * kSide;
/// Fixed-point factor of coordinates: 1/256 pixel.
constexpr int64_t kOne = 256;
/// Fixed-point factor of scale factors and trigonometric values.
constexpr int64_t kUnit = 4096;

//===----------------------------------------------------------------------===//
// Random numbers
//===----------------------------------------------------------------------===//

/// The splitmix64 finalizer: a bijective mix of 64 bits.
uint64_t mix(uint64_t z) {
  z += 0x9e3779b97f4a7c15u;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

/// splitmix64 (Steele, Lea and Flood 2014).
class Random {
public:
  explicit Random(uint64_t state) : state(state) {}
  uint64_t next() {
    state += 0x9e3779b97f4a7c15u;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  /// Uniform in [lo, hi] (hi - lo < 2^32), from the high 32 bits by
  /// multiplication rather than a modulo.
  int64_t uniform(int64_t lo, int64_t hi) {
    auto span = static_cast<uint64_t>(hi - lo + 1);
    return lo + static_cast<int64_t>(((next() >> 32) * span) >> 32);
  }
  /// True with probability percent / 100.
  bool chance(int64_t percent) { return uniform(0, 99) < percent; }

private:
  uint64_t state;
};

//===----------------------------------------------------------------------===//
// Templates
//===----------------------------------------------------------------------===//

// Template opcodes; coordinates are tenths of a pixel, x to the right and y
// down, with the digit in about [-50, 50] x [-90, 90].
constexpr int16_t B = 1000; // B p: a new stroke, present with p% chance
constexpr int16_t L = 1001; // L x y: a point of the polyline
constexpr int16_t A = 1002; // A cx cy rx ry a0 a1: elliptical arc points
                            // from angle a0 to a1 (degrees, multiples of
                            // 15; 90 is up)
constexpr int16_t E = 1003; // end of the digit

const int16_t kDigit0[] = {B, 100, A, 0, 0, 48, 90, 90, 450, E};
const int16_t kDigit1[] = {B, 100, L,   0,  -90, L,   0,  90, //
                           B, 50,  L,   -25, -65, L,  0,  -90, //
                           B, 20,  L,   -20, 90,  L,  20, 90,  E};
const int16_t kDigit2[] = {B, 100, A,  0,  -40, 45, 50, 165, -45,
                           L, -50, 90, L,  50,  90, E};
const int16_t kDigit3[] = {B, 100, A,  0,  -45, 42, 45,  150, -90,
                           A, 0,   45, 48, 45,  90, -150, E};
const int16_t kDigit4[] = {B, 100, L,  25, 90, L,  25, -90,
                           L, -50, 35, L,  50, 35, E};
const int16_t kDigit5[] = {B, 100, L,  45,  -90, L,  -35, -90,  L, -30,
                           -15, A,  0,  35,  50,  55, 120, -135, E};
const int16_t kDigit6[] = {B, 100, L,  35, -90, L,  5, -65, L,   -25, -30,
                           L, -45, 10, A,  0,   45, 45, 45, 180, 540, E};
const int16_t kDigit7[] = {B, 100, L, -50, -90, L, 50, -90, L, -10, 90, //
                           B, 25,  L, -25, 0,   L, 30, 0,   E};
const int16_t kDigit8[] = {B, 100, A, 0, -48, 38, 42, -90, 270, //
                           B, 100, A, 0, 43,  46, 47, 90,  450, E};
const int16_t kDigit9[] = {B, 100, A,  0,  -45, 45, 45, 0, 360,
                           L, 40,  30, L,  25,  90, E};
const int16_t *const kDigits[10] = {kDigit0, kDigit1, kDigit2, kDigit3,
                                    kDigit4, kDigit5, kDigit6, kDigit7,
                                    kDigit8, kDigit9};

/// cos(15 k degrees) * 4096 for k in [0, 24).
const int16_t kCos15[24] = {4096,  3956,  3547,  2896,  2048,  1060,
                            0,     -1060, -2048, -2896, -3547, -3956,
                            -4096, -3956, -3547, -2896, -2048, -1060,
                            0,     1060,  2048,  2896,  3547,  3956};
/// sin(d degrees) and cos(d degrees) * 4096 for d in [0, 15].
const int16_t kSin1[16] = {0,   71,  143, 214, 286, 357, 428,  499,
                           570, 641, 711, 782, 852, 921, 991, 1060};
const int16_t kCos1[16] = {4096, 4095, 4094, 4090, 4086, 4080, 4074, 4065,
                           4056, 4046, 4034, 4021, 4006, 3991, 3974, 3956};

int64_t cos15(int64_t degrees) {
  int64_t k = (degrees / 15 % 24 + 24) % 24;
  return kCos15[k];
}
int64_t sin15(int64_t degrees) { return cos15(degrees - 90); }

struct Point {
  int64_t x;
  int64_t y;
};

/// The per-sample affine map from template tenths of a pixel to image
/// coordinates in 1/256 pixel.
struct Transform {
  int64_t sx, sy, shear, sin, cos, tx, ty;

  Point apply(int64_t xTenths, int64_t yTenths) const {
    int64_t x = xTenths * kOne / 10;
    int64_t y = yTenths * kOne / 10;
    int64_t x1 = (x * sx + y * shear) / kUnit;
    int64_t y1 = y * sy / kUnit;
    return {(x1 * cos - y1 * sin) / kUnit + tx,
            (x1 * sin + y1 * cos) / kUnit + ty};
  }
};

//===----------------------------------------------------------------------===//
// Drawing
//===----------------------------------------------------------------------===//

uint64_t isqrt(uint64_t n) {
  uint64_t root = 0;
  uint64_t bit = uint64_t{1} << 62;
  while (bit > n)
    bit >>= 2;
  while (bit) {
    if (n >= root + bit) {
      n -= root + bit;
      root = (root >> 1) + bit;
    } else {
      root >>= 1;
    }
    bit >>= 2;
  }
  return root;
}

int64_t clamp(int64_t value, int64_t lo, int64_t hi) {
  return value < lo ? lo : value > hi ? hi : value;
}

/// Draws the segment a-b with half-width `halfWidth` (1/256 pixel) into
/// `ink` (coverage 0-256 per pixel, maximum over segments): full inside
/// halfWidth - 1/2 pixel, none beyond halfWidth + 1/2, linear in between.
void drawSegment(int32_t *ink, Point a, Point b, int64_t halfWidth) {
  int64_t reach = halfWidth + kOne / 2;
  int64_t x0 = clamp(((a.x < b.x ? a.x : b.x) - reach) / kOne - 1, 0, kSide - 1);
  int64_t x1 = clamp(((a.x > b.x ? a.x : b.x) + reach) / kOne + 1, 0, kSide - 1);
  int64_t y0 = clamp(((a.y < b.y ? a.y : b.y) - reach) / kOne - 1, 0, kSide - 1);
  int64_t y1 = clamp(((a.y > b.y ? a.y : b.y) + reach) / kOne + 1, 0, kSide - 1);
  int64_t dx = b.x - a.x;
  int64_t dy = b.y - a.y;
  int64_t length2 = dx * dx + dy * dy;
  int64_t inner = halfWidth - kOne / 2;
  int64_t inner2 = inner > 0 ? inner * inner : -1;
  for (int64_t row = y0; row <= y1; ++row)
    for (int64_t col = x0; col <= x1; ++col) {
      // The pixel's centre.
      int64_t px = col * kOne + kOne / 2 - a.x;
      int64_t py = row * kOne + kOne / 2 - a.y;
      int64_t dot = px * dx + py * dy;
      int64_t distance2;
      if (length2 == 0 || dot <= 0) {
        distance2 = px * px + py * py;
      } else if (dot >= length2) {
        int64_t qx = px - dx;
        int64_t qy = py - dy;
        distance2 = qx * qx + qy * qy;
      } else {
        int64_t cross = px * dy - py * dx;
        distance2 = cross * cross / length2;
      }
      if (distance2 >= reach * reach)
        continue;
      int64_t coverage =
          distance2 <= inner2
              ? kOne
              : clamp(reach - static_cast<int64_t>(
                                  isqrt(static_cast<uint64_t>(distance2))),
                      0, kOne);
      int32_t &pixel = ink[row * kSide + col];
      if (coverage > pixel)
        pixel = static_cast<int32_t>(coverage);
    }
}

/// Draws the digit whose template is `code`, each point jittered with
/// `random` and then mapped by `transform`; strokes whose B chance fails are
/// skipped (their jitter is still drawn, so the rest does not shift).
void drawDigit(int32_t *ink, const int16_t *code, const Transform &transform,
               int64_t halfWidth, Random &random) {
  bool present = false;
  bool havePoint = false;
  Point last{0, 0};
  auto addPoint = [&](Point p) {
    if (present && havePoint)
      drawSegment(ink, last, p, halfWidth);
    last = p;
    havePoint = true;
  };
  for (const int16_t *op = code; *op != E;) {
    if (*op == B) {
      present = random.chance(op[1]);
      havePoint = false;
      op += 2;
    } else if (*op == L) {
      int64_t jx = random.uniform(-9, 9);
      int64_t jy = random.uniform(-9, 9);
      addPoint(transform.apply(op[1] + jx, op[2] + jy));
      op += 3;
    } else { // A
      int64_t cx = op[1] + random.uniform(-6, 6);
      int64_t cy = op[2] + random.uniform(-6, 6);
      int64_t rx = op[3] + random.uniform(-9, 9);
      int64_t ry = op[4] + random.uniform(-9, 9);
      int64_t from = op[5];
      int64_t to = op[6];
      int64_t step = to >= from ? 15 : -15;
      for (int64_t angle = from;; angle += step) {
        addPoint(transform.apply(cx + rx * cos15(angle) / kUnit,
                                 cy - ry * sin15(angle) / kUnit));
        if (angle == to)
          break;
      }
      op += 7;
    }
  }
}

/// Renders sample `index` of (seed, stream) into `pixels` and returns its
/// label.
uint8_t renderSample(uint64_t seed, uint64_t stream, uint64_t index,
                     uint8_t *pixels) {
  Random random(mix(mix(mix(seed) ^ stream) ^ index));
  auto label = static_cast<uint8_t>(random.uniform(0, 9));

  Transform transform;
  int64_t scale = random.uniform(3500, 4500);
  transform.sx = scale * random.uniform(3600, 4500) / kUnit;
  transform.sy = scale;
  transform.shear = random.uniform(-700, 700);
  int64_t degrees = random.uniform(-12, 12);
  transform.sin = degrees < 0 ? -kSin1[-degrees] : kSin1[degrees];
  transform.cos = kCos1[degrees < 0 ? -degrees : degrees];
  transform.tx = kSide * kOne / 2 + random.uniform(-512, 512);
  transform.ty = kSide * kOne / 2 + random.uniform(-512, 512);
  int64_t halfWidth = random.uniform(190, 420);
  int64_t peak = random.uniform(170, 255);

  int32_t ink[kPixels] = {};
  drawDigit(ink, kDigits[label], transform, halfWidth, random);
  // Now and then a stray short stroke somewhere.
  if (random.chance(15)) {
    Point a{random.uniform(2, kSide - 3) * kOne, random.uniform(2, kSide - 3) * kOne};
    Point b{a.x + random.uniform(-4, 4) * kOne, a.y + random.uniform(-4, 4) * kOne};
    drawSegment(ink, a, b, random.uniform(150, 260));
  }

  int64_t noise = random.uniform(4, 40);
  for (int i = 0; i < kPixels; ++i) {
    int64_t value = ink[i] * peak / kOne + random.uniform(0, noise) +
                    random.uniform(0, noise) - noise;
    pixels[i] = static_cast<uint8_t>(clamp(value, 0, 255));
  }
  for (int64_t speckles = random.uniform(0, 6); speckles > 0; --speckles)
    pixels[random.uniform(0, kPixels - 1)] =
        static_cast<uint8_t>(random.uniform(100, 255));
  return label;
}

} // namespace

DigitImages dl::rt::makeDigits(int64_t count, uint64_t seed, uint64_t stream) {
  if (count < 0 || count > 0xffffffff)
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 "cannot make {} digit images: the count must be in [0, "
                 "2^32)",
                 {count});
  DigitImages digits;
  digits.images.type = DLRT_IDX_U8;
  digits.images.shape = {count, kSide, kSide};
  digits.images.bytes.resize(static_cast<size_t>(count) * kPixels);
  digits.labels.type = DLRT_IDX_U8;
  digits.labels.shape = {count};
  digits.labels.bytes.resize(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i)
    digits.labels.bytes[static_cast<size_t>(i)] =
        renderSample(seed, stream, static_cast<uint64_t>(i),
                     digits.images.bytes.data() + i * kPixels);
  return digits;
}

void dl::rt::writeDigits(const std::string &directory, int64_t train,
                         int64_t test, uint64_t seed) {
  std::string prefix = directory.empty() ? std::string("./") : directory;
  if (prefix.back() != '/')
    prefix += '/';
  DigitImages trainSet = makeDigits(train, seed, 0);
  DigitImages testSet = makeDigits(test, seed, 1);
  writeIdx(prefix + kMnistTrainImages, trainSet.images);
  writeIdx(prefix + kMnistTrainLabels, trainSet.labels);
  writeIdx(prefix + kMnistTestImages, testSet.images);
  writeIdx(prefix + kMnistTestLabels, testSet.labels);
}
