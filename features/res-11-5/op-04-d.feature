Feature: Working with communities to detect and report trafficking, and building their trust (OP 4(d))
  Resolution 11/5, operative paragraph 4, chapeau (unofficial translation of the authentic
  French):
  "Also calls upon States parties to take the following steps, as appropriate and in
  accordance with their respective international obligations and domestic law, drawing on
  best practices or other effective measures developed to respond to new trends in
  trafficking in persons:"
  Sub-paragraph (d) (unofficial translation of the authentic French):
  "To encourage cooperation with communities, victims and local civil society organizations
  to help actively detect and report cases of trafficking in persons, and to build trust
  between authorities and communities;"
  The step takes the chapeau's verb, "also calls upon": its legal force is "calls_upon".
  One obligation, two answers: whether the authorities work with communities, victims and
  local organizations to detect and report cases (PR-12), and whether they take measures to
  build trust with affected communities (PR-13). A known shortfall decides even where the
  other answer is missing.
  Covers: OP 4(d) (cooperation to detect and report cases; trust between authorities and
  communities).

  Background:
    Given a State that answers
      | question | answer |
      | PR-12    | yes    |
      | PR-13    | yes    |

  Scenario: Detection with communities and trust-building measures is met (OP 4(d))
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "met"
    And its legal force is "calls_upon"
    And its priority is "none"

  Scenario: Neither cooperation to detect cases nor trust-building is not met (OP 4(d))
    When it answers "no" to PR-12
    And it answers "no" to PR-13
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: Detection with communities and trust-building, answer by answer (OP 4(d))
    When it answers "<detection>" to PR-12
    And it answers "<trust>" to PR-13
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "<status>"

    Examples:
      | detection | trust     | status                   |
      | no        | yes       | partially_met            |
      | no        | partially | partially_met            |
      | no        | unknown   | insufficient_information |
      | yes       | no        | partially_met            |
      | partially | no        | partially_met            |
      | unknown   | no        | insufficient_information |
      | partially | yes       | partially_met            |
      | partially | unknown   | partially_met            |
      | yes       | partially | partially_met            |
      | unknown   | partially | partially_met            |
      | yes       | unknown   | insufficient_information |
      | unknown   | yes       | insufficient_information |
      | unknown   | unknown   | insufficient_information |

  Scenario: Cooperation to detect cases in some regions only is partly met, of medium priority (OP 4(d))
    When it answers "partially" to PR-12
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "partially_met"
    And its priority is "medium"

  Scenario: Detection with communities but no trust-building measure is partly met (OP 4(d))
    When it answers "no" to PR-13
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "partially_met"

  Scenario: A missing answer on trust-building leaves the outcome undecided (OP 4(d))
    When it leaves PR-13 unanswered
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "insufficient_information"

  Scenario: A missing answer on detection with communities leaves the outcome undecided (OP 4(d))
    When it leaves PR-12 unanswered
    Then the obligation "res-11-5/op-04-d/community-cooperation" is "insufficient_information"
