#!/usr/bin/env python3
"""reference-init.py WEIGHTS SEED - checks initial parameters written by a DSL
generator against an independent implementation of docs/dsl.md's formulas.

Each tensor must be named <initializer>.<anything>; its values are recomputed
from the seed, its name and its shape alone and compared bit for bit. Tensors
of 10000 elements or more also get their mean, standard deviation and range
checked against the distribution's. Prints one line per tensor.
"""
import json
import math
import struct
import sys

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) * (1.0 / 9007199254740992.0)


def fnv1a64(name):
    h = 0xCBF29CE484222325
    for byte in name.encode():
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def stream(seed, name):
    return SplitMix64(SplitMix64(seed).next() ^ fnv1a64(name))


def bernoulli_exp_neg(a, rng):
    previous, even = a, True
    while True:
        u = rng.uniform()
        if not u < previous:
            return even
        previous, even = u, not even


def truncated_normal(rng):
    while True:
        z = 4.0 * rng.uniform() - 2.0
        a = z * z * 0.25
        if bernoulli_exp_neg(a, rng) and bernoulli_exp_neg(a, rng):
            return z


def fans(shape):
    if not shape:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[:-2])
    return shape[-2] * receptive, shape[-1] * receptive


TRUNCATED_STDDEV = 0.87962566103423978
INITIALIZERS = {
    # name: (draw(fan_in, fan_out, rng), mean, stddev, bound) of the ideal law
    "zeros": (lambda i, o, r: 0.0, lambda i, o: (0.0, 0.0, 0.0)),
    "ones": (lambda i, o, r: 1.0, lambda i, o: (1.0, 0.0, 1.0)),
    "glorot_uniform": (
        lambda i, o, r: (2.0 * r.uniform() - 1.0) * math.sqrt(6.0 / (i + o)),
        lambda i, o: (0.0, math.sqrt(2.0 / (i + o)), math.sqrt(6.0 / (i + o)))),
    "he_uniform": (
        lambda i, o, r: (2.0 * r.uniform() - 1.0) * math.sqrt(6.0 / i),
        lambda i, o: (0.0, math.sqrt(2.0 / i), math.sqrt(6.0 / i))),
    "glorot_normal": (
        lambda i, o, r: truncated_normal(r) * (math.sqrt(2.0 / (i + o)) / TRUNCATED_STDDEV),
        lambda i, o: (0.0, math.sqrt(2.0 / (i + o)),
                      2 * math.sqrt(2.0 / (i + o)) / TRUNCATED_STDDEV)),
    "he_normal": (
        lambda i, o, r: truncated_normal(r) * (math.sqrt(2.0 / i) / TRUNCATED_STDDEV),
        lambda i, o: (0.0, math.sqrt(2.0 / i), 2 * math.sqrt(2.0 / i) / TRUNCATED_STDDEV)),
}
FORMATS = {"F32": "f", "F64": "d", "I32": "i", "I64": "q"}


def main():
    path, seed = sys.argv[1], int(sys.argv[2])
    data = open(path, "rb").read()
    header_size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + header_size])
    body = data[8 + header_size:]
    failed = False
    for name, info in header.items():
        if name == "__metadata__":
            continue
        kind = name.split(".")[0]
        draw, law = INITIALIZERS[kind]
        shape, fmt = info["shape"], FORMATS[info["dtype"]]
        begin, end = info["data_offsets"]
        count = math.prod(shape)
        actual = struct.unpack("<%d%s" % (count, fmt), body[begin:end])
        fan_in, fan_out = fans(shape)
        rng = stream(seed, name)
        # Round through the file's element type, as the generator does.
        expected = struct.unpack("<%d%s" % (count, fmt), struct.pack(
            "<%d%s" % (count, fmt),
            *[(int if fmt in "iq" else float)(draw(fan_in, fan_out, rng))
              for _ in range(count)]))
        if actual != expected:
            print("MISMATCH %s" % name)
            failed = True
            continue
        line = "exact %s %s" % (name, shape)
        if count >= 10000:
            mean = sum(actual) / count
            stddev = math.sqrt(sum((x - mean) ** 2 for x in actual) / count)
            ideal_mean, ideal_stddev, bound = law(fan_in, fan_out)
            if (abs(mean - ideal_mean) > 5 * ideal_stddev / math.sqrt(count)
                    or abs(stddev - ideal_stddev) > 0.02 * ideal_stddev
                    or max(abs(x) for x in actual) > bound * (1 + 1e-6)):
                line = "BAD-STATISTICS %s mean %g stddev %g (ideal %g)" % (
                    name, mean, stddev, ideal_stddev)
                failed = True
            else:
                line += " statistics ok"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
