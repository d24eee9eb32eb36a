// Sex as recorded for a person. Other covers NADRA's "X" (Transgender Persons Act 2018); no rule infers it.
#pragma once

namespace caselink {

enum class Sex { Unknown, Male, Female, Other };

} // namespace caselink
