#pragma once

#include "eventkind.h"

#include <QLatin1StringView>

#include <array>

namespace nest::analytics {

//! Big Five traits, each in [0, 1], in the order O, C, E, A, N.
inline constexpr int kTraits = 5;
using TraitVector = std::array<double, kTraits>;
//! One value per event kind, in EventKind order (the decoder's input: log rates).
using FeatureVector = std::array<double, kEventKinds>;

//! `openness`, `conscientiousness`, `extraversion`, `agreeableness`, `neuroticism`; empty when
//! out of range.
QLatin1StringView traitName(int index);

} // namespace nest::analytics
