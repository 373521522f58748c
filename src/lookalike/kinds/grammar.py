"""Text pools written by a small grammar, and comments cut from them by character count.

TPC-H's comments are not lorem ipsum: its specification (clause 4.2.2.10) writes
sentences from a grammar over a few word lists ("furiously regular deposits
haggle blithely above the ironic accounts."), builds one long pool of them, and
cuts each comment out of the pool at a random offset and length. A ``text``
field with ``unit: characters`` does the same: the pool of its ``vocabulary`` is
made once per process (vectorised: a template per sentence, a word per slot),
then every row is one gather of bytes, so no Python runs per row.

>>> pool = text_pool("tpch")
>>> len(pool) == POOL_BYTES
True
>>> bytes(pool[:40]).decode().split()[0].isalpha()
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import product

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.lib.stride_tricks import as_strided

from lookalike.kinds.base import BlockContext, Column
from lookalike.strings import string_array

#: Bytes in each pool: enough that two comments rarely repeat a long run.
POOL_BYTES = 4 * 2**20
#: The pool's stream never moves with the dataset seed: like TPC-H's, it is fixed text.
_POOL_SEED = 19920101

#: Lorem ipsum, the default vocabulary (every word class draws from it).
LOREM_WORDS = """lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor
    incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud
    exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in
    reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint
    occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est
    laborum at vero eos accusamus iusto odio dignissimos ducimus blanditiis praesentium
    voluptatum deleniti atque corrupti quos dolores quas molestias excepturi obcaecati
    cupiditate provident similique mollitia animi perspiciatis unde omnis iste natus error
    accusantium doloremque laudantium totam rem aperiam eaque ipsa quae ab illo inventore
    veritatis quasi architecto beatae vitae dicta explicabo nemo ipsam voluptatem quia
    voluptas aspernatur aut odit fugit consequuntur magni ratione sequi nesciunt neque porro
    quisquam dolorem adipisci numquam eius modi tempora incidunt magnam quaerat""".split()

_NOUNS = """foxes ideas theodolites pinto_beans instructions dependencies excuses platelets
asymptotes courts dolphins multipliers sauternes warthogs frets dinos attainments somas
Tiresias' patterns forges braids hockey_players frays warhorses dugouts notornis epitaphs
pearls tithes waters orbits gifts sheaves depths sentiments decoys realms pains grouches
escapades packages requests accounts deposits""".split()
_VERBS = """sleep wake are cajole haggle nag use boost affix detect integrate maintain nod was
lose sublate solve thrash promise engage hinder print x-ray breach eat grow impress mold
poach serve run dazzle snooze doze unwind kindle play hang believe doubt""".split()
_ADJECTIVES = """furious sly careful blithe quick fluffy slow quiet ruthless thin close dogged
daring brave stealthy permanent enticing idle busy regular final ironic even bold
silent pending special express unusual""".split()
_ADVERBS = """sometimes always never furiously slyly carefully blithely quickly fluffily slowly
quietly ruthlessly thinly closely doggedly daringly bravely stealthily permanently
enticingly idly busily regularly finally ironically evenly boldly silently""".split()
_PREPOSITIONS = """about above according_to across after against along alongside_of among
around at atop before behind beneath beside besides between beyond by despite during
except for from in_place_of inside instead_of into near of on outside over past since
through throughout to toward under until up upon without with within""".split()
_AUXILIARIES = """do may might shall will would can could should ought_to must will_have_to
shall_have_to could_have_to should_have_to must_have_to need_to try_to""".split()
_TERMINATORS = [".", ";", ":", "?", "!", "--"]

#: Word classes: N noun, V verb, J adjective, D adverb, P preposition, X auxiliary,
#: T terminator, "the" itself, and J, (an adjective followed by a comma).
_CLASSES = {
    "N": _NOUNS, "V": _VERBS, "J": _ADJECTIVES, "J,": [a + "," for a in _ADJECTIVES],
    "D": _ADVERBS, "P": _PREPOSITIONS, "X": _AUXILIARIES, "the": ["the"],
}  # fmt: skip
#: The grammar, with TPC-H's weights: each phrase is a list of (weight, word classes).
_NOUN_PHRASE = [(10, ["N"]), (20, ["J", "N"]), (10, ["J,", "J", "N"]), (50, ["D", "J", "N"])]
_VERB_PHRASE = [(30, ["V"]), (1, ["X", "V"]), (40, ["V", "D"]), (1, ["X", "V", "D"])]
_PREP_PHRASE = [(1, ["P", "the", "N"])]
_SENTENCE = [
    (3, "NV"), (3, "NVP"), (3, "NVN"), (1, "NPVN"), (1, "NPVP"),
]  # fmt: skip
_PHRASES = {"N": _NOUN_PHRASE, "V": _VERB_PHRASE, "P": _PREP_PHRASE}


def _templates() -> tuple[list[list[str]], np.ndarray]:
    """Every sentence the grammar can write, as word classes, with its probability."""
    templates: list[list[str]] = []
    weights: list[float] = []
    for sentence_weight, shape in _SENTENCE:
        choices = [_PHRASES[part] for part in shape]
        totals = [sum(w for w, _ in phrase) for phrase in choices]
        for picked in product(*choices):
            weight = float(sentence_weight)
            for (phrase_weight, _), total in zip(picked, totals, strict=True):
                weight *= phrase_weight / total
            templates.append([cls for _, classes in picked for cls in classes])
            weights.append(weight)
    probabilities = np.asarray(weights) / sum(weights)
    return templates, probabilities


def _words(vocabulary: str) -> dict[str, pa.StringArray]:
    if vocabulary == "tpch":
        return {k: string_array([w.replace("_", " ") for w in v]) for k, v in _CLASSES.items()}
    lorem = string_array(LOREM_WORDS)
    return {
        k: lorem if k != "J," else pc.binary_join_element_wise(lorem, ",", "") for k in _CLASSES
    }


def _sentences(vocabulary: str, count: int, rng: np.random.Generator) -> pa.Array:
    """``count`` sentences of the grammar, built a word class at a time."""
    templates, probabilities = _templates()
    words = _words(vocabulary)
    chosen = rng.choice(len(templates), size=count, p=probabilities)
    lengths = np.array([len(t) for t in templates])[chosen]
    width = int(lengths.max())
    # One column of words per slot of the longest template; slots a template lacks are
    # dropped when the words are flattened back into sentences.
    slots = np.full((count, width), -1, dtype=np.int64)
    pieces: list[pa.Array] = []
    base = 0
    for number, template in enumerate(templates):
        rows = np.flatnonzero(chosen == number)
        for slot, cls in enumerate(template):
            picked = words[cls].take(pa.array(rng.integers(0, len(words[cls]), len(rows))))
            pieces.append(picked)
            slots[rows, slot] = np.arange(base, base + len(rows))
            base += len(rows)
    flat = pa.concat_arrays(pieces)
    order = slots[slots >= 0]  # row-major: each sentence's words in order
    offsets = np.zeros(count + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    nested = pa.ListArray.from_arrays(pa.array(offsets), flat.take(pa.array(order)))
    terminators = string_array(_TERMINATORS).take(
        pa.array(rng.integers(0, len(_TERMINATORS), count))
    )
    return pc.binary_join_element_wise(pc.binary_join(nested, " "), terminators, "")


@cache
def text_pool(vocabulary: str) -> np.ndarray:
    """``POOL_BYTES`` of the vocabulary's sentences, separated by spaces (uint8, read-only)."""
    rng = np.random.default_rng(_POOL_SEED)
    sentences = _sentences(vocabulary, POOL_BYTES // 40 + 1024, rng)
    joined = pc.binary_join(pa.ListArray.from_arrays(pa.array([0, len(sentences)]), sentences), " ")
    data = np.frombuffer(joined[0].as_buffer(), dtype=np.uint8)
    while len(data) < POOL_BYTES:  # a short draw: repeat it rather than fail
        data = np.concatenate([data, np.frombuffer(b" ", np.uint8), data])
    pool = np.array(data[:POOL_BYTES])
    pool.flags.writeable = False
    return pool


_TWELVE = np.arange(12, dtype=np.int32)


def cut(pool: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> pa.StringArray:
    """Row ``i`` is ``pool[starts[i]:starts[i] + lengths[i]]`` (ASCII pools: valid UTF-8).

    Built as Arrow string views into the pool (16 bytes a row: the length, then up to
    12 bytes inline or a 4-byte prefix and the offset), which Arrow's cast copies into a
    plain string array: a gather of 12 bytes a row instead of one index per character.

    >>> pool = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", np.uint8)
    >>> cut(pool, np.array([0, 5, 2]), np.array([2, 3, 13])).to_pylist()
    ['ab', 'fgh', 'cdefghijklmno']
    """
    rows = len(lengths)
    starts32 = starts.astype(np.int32)
    lengths32 = lengths.astype(np.int32)
    views = np.empty((rows, 16), dtype=np.uint8)
    # Every row's first 12 bytes (a start is at most 12 bytes before the pool's end),
    # zeroed past the length: a short string's inline bytes, or a long one's prefix.
    windows = as_strided(pool, shape=(len(pool) - 11, 12), strides=(1, 1), writeable=False)
    inline = windows[starts]  # one 12-byte copy a row: far quicker than a gather per byte
    inline *= lengths32[:, None] > _TWELVE
    views[:, 4:] = inline
    words = views.view(np.int32)
    words[:, 0] = lengths32
    long = lengths32 > 12
    words[:, 2] = np.where(long, 0, words[:, 2])  # buffer 0: the pool
    words[:, 3] = np.where(long, starts32, words[:, 3])
    buffers = [None, pa.py_buffer(views), pa.py_buffer(pool)]
    array: pa.StringArray = pa.Array.from_buffers(pa.string_view(), rows, buffers).cast(pa.string())
    return array


@dataclass(frozen=True)
class PooledTextColumn(Column):
    """``low`` to ``high`` characters cut from the vocabulary's pool at a random offset."""

    vocabulary: str
    low: int
    high: int
    arrow_type: pa.DataType = pa.string()

    def warm(self) -> None:
        text_pool(self.vocabulary)

    def sample(self, ctx: BlockContext) -> pa.Array:
        pool = text_pool(self.vocabulary)
        lengths = ctx.rng("lengths").integers(self.low, self.high, ctx.rows, endpoint=True)
        # Room for the longest cut, and for the 12 bytes ``cut`` reads from every start.
        starts = ctx.rng("offsets").integers(0, len(pool) - max(self.high, 12), ctx.rows)
        return cut(pool, starts, lengths)
