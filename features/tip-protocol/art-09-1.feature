Feature: Comprehensive policies, programmes and other measures against trafficking (Protocol art. 9(1))
  Trafficking in Persons Protocol, article 9, paragraph 1:
  "States Parties shall establish comprehensive policies, programmes and other measures:
  (a) To prevent and combat trafficking in persons; and (b) To protect victims of trafficking
  in persons, especially women and children, from revictimization."
  A binding duty ("shall") for the parties to the Protocol; for a State not party it weighs as
  a recommendation (OP 1 urges accession): the status stays, the priority drops.
  One obligation, two answers: a national strategy or action plan in force that covers both
  prevention and the protection of victims from revictimization (PR-1), and its own budget and
  the monitoring of its implementation (PR-2, read only for a comprehensive plan in force).
  Covers: art. 9(1)(a) (prevent and combat trafficking) and 9(1)(b) (protect victims from
  revictimization), through a national strategy or action plan, its budget and its monitoring.

  Background:
    Given a State that answers
      | question | answer        |
      | FW-1     | party         |
      | PR-1     | comprehensive |
      | PR-2     | yes           |

  Scenario: A comprehensive plan in force, with a budget and monitoring, is met (art. 9(1))
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario: No national strategy or action plan is a binding duty not met (art. 9(1))
    When it answers "none" to PR-1
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario Outline: For a State not party to the Protocol the same gap weighs as a recommendation (art. 9(1))
    When it answers "<party status>" to FW-1
    And it answers "none" to PR-1
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "not_met"
    And its legal force is "shall"
    And its priority is "high"

    Examples:
      | party status |
      | signatory    |
      | not_party    |

  Scenario: Not knowing whether the State is party leaves the treaty's full weight on the gap (art. 9(1))
    When it answers "unknown" to FW-1
    And it answers "none" to PR-1
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "not_met"
    And its priority is "urgent"

  Scenario Outline: A plan that has lapsed or covers only one aim is partly met, whatever its budget (art. 9(1)(a), 9(1)(b))
    When it answers "<plan>" to PR-1
    And it answers "<budget and monitoring>" to PR-2
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "partially_met"
    And its priority is "high"

    Examples:
      | plan    | budget and monitoring |
      | expired | yes                   |
      | expired | unknown               |
      | partial | yes                   |
      | partial | no                    |

  Scenario: A plan that covers only one aim decides even where its budget is not reported (art. 9(1))
    When it answers "partial" to PR-1
    And it leaves PR-2 unanswered
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "partially_met"

  Scenario Outline: A comprehensive plan without its own budget or monitoring is partly met (art. 9(1))
    When it answers "<budget and monitoring>" to PR-2
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "partially_met"
    And its legal force is "shall"

    Examples:
      | budget and monitoring |
      | partially             |
      | no                    |

  Scenario: For a State not party, a partial gap weighs one step less again (art. 9(1))
    When it answers "not_party" to FW-1
    And it answers "no" to PR-2
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "partially_met"
    And its priority is "medium"

  Scenario: Not knowing whether a plan is in force leaves the outcome undecided (art. 9(1))
    When it answers "unknown" to PR-1
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "insufficient_information"
    And its priority is "high"

  Scenario: A missing answer on the plan is never read as no plan (art. 9(1))
    When it leaves PR-1 unanswered
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "insufficient_information"

  Scenario: Not knowing the budget and monitoring of a comprehensive plan leaves the outcome undecided (art. 9(1))
    When it answers "unknown" to PR-2
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "insufficient_information"

  Scenario: A missing answer on the budget and monitoring leaves the outcome undecided (art. 9(1))
    When it leaves PR-2 unanswered
    Then the obligation "tip-protocol/art-09-1/comprehensive-policies" is "insufficient_information"
