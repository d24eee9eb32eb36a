// Vowel-free phonetic keys that make one spelling of a name find the others, in either script: Hussain, Husain,
// Hussein and حسین all give "hsn"; Gujjar, Gujar and گجر give "gjr". Keys are for finding candidates (an FTS5
// column); they are coarse on purpose (Hassan is also "hsn"), and ranking is NameMatcher's job.
//
// Scheme, applied to a folded word:
//  - Latin: kh->x, gh->q, sh->c, ch->v, zh->z, ph->p, th->t, dh->d, bh->b, jh->j, rh->r, ck->k, q->k, c->k,
//    v->w, x->ks (so x, q, c and v are free to stand for the Urdu letters خ غ ش چ);
//    Urdu: خ->x غ->q ش->c چ->v, ب پ ت/ٹ/ط ث/س/ص ج ح/ہ د/ڈ ذ/ز/ض/ظ/ژ ر/ڑ ف ق/ک گ ل م ن/ں as their Latin letter.
//  - A word-initial vowel (Latin a e i o u, Urdu ا آ ع) becomes "a"; initial w/v/و -> "w", y/ی -> "y".
//  - Elsewhere vowels are dropped, and so are w, y, و, ی, ے, ع: Urdu does not say whether و is "w" or "oo".
//  - h is dropped after a consonant (aspiration: Bhatti, بھٹی) and at the end of a word (Fatimah, فاطمہ, Shah,
//    شاہ); Urdu ھ after a consonant that aspirates is dropped too, elsewhere it is the typist's ہ.
//  - Repeated letters collapse (Hassan, Gujjar). Digits are kept.
#pragma once

#include <QString>

namespace caselink {

class PhoneticKey {
public:
    static QString forLatin(const QString& foldedLatin);
    static QString forUrdu(const QString& foldedUrdu);
    // Picks by script; a word the lexicon knows is keyed by its canonical spelling.
    static QString forWord(const QString& folded);
};

} // namespace caselink
