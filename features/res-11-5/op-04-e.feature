Feature: Measuring whether anti-trafficking programmes work (OP 4(e))
  Resolution 11/5, operative paragraph 4, chapeau (unofficial translation of the authentic
  French):
  "Also calls upon States parties to take the following steps, as appropriate and in
  accordance with their respective international obligations and domestic law, drawing on
  best practices or other effective measures developed to respond to new trends in
  trafficking in persons:"
  Sub-paragraph (e) (unofficial translation of the authentic French):
  "To provide, as far as possible, for rigorous and scientific baseline and endline data
  collection, which may include activities to measure the prevalence of trafficking, in order
  to determine whether counter-trafficking programmes are having the intended effects, and to
  renew the invitation to the United Nations Office on Drugs and Crime to assist States
  parties that need and request it in putting such measurement activities in place;"
  The step takes the chapeau's verb, "also calls upon": its legal force is "calls_upon". Its
  second half, the renewed invitation to UNODC, asks nothing of a State's own law or practice
  and is not checked against its answers.
  "As far as possible", and a prevalence measurement is one means among others ("may
  include"): baseline and endline data (DA-4) decide; a measurement of prevalence (DA-5)
  counts only where they are missing.
  Covers: OP 4(e) (baseline and endline data; measurement of prevalence).

  Background:
    Given a State that answers
      | question | answer |
      | DA-4     | yes    |
      | DA-5     | yes    |

  Scenario: Programmes measured against baseline and endline data is met (OP 4(e))
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "met"
    And its legal force is "calls_upon"
    And its priority is "none"

  Scenario: Baseline and endline data suffice without a measurement of prevalence (OP 4(e))
    When it answers "no" to DA-5
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "met"

  Scenario: Neither baseline and endline data nor a measurement of prevalence is not met (OP 4(e))
    When it answers "no" to DA-4
    And it answers "no" to DA-5
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: Baseline and endline data first, prevalence where they are missing (OP 4(e))
    When it answers "<baseline and endline>" to DA-4
    And it answers "<prevalence>" to DA-5
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "<status>"

    Examples:
      | baseline and endline | prevalence | status                   |
      | partially            | yes        | partially_met            |
      | partially            | no         | partially_met            |
      | no                   | yes        | partially_met            |
      | no                   | partially  | partially_met            |
      | no                   | unknown    | insufficient_information |
      | unknown              | yes        | insufficient_information |
      | unknown              | no         | insufficient_information |

  Scenario: A measurement of prevalence alone is partly met, of medium priority (OP 4(e))
    When it answers "no" to DA-4
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on prevalence leaves undecided a State without baseline and endline data (OP 4(e))
    When it answers "no" to DA-4
    And it leaves DA-5 unanswered
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "insufficient_information"

  Scenario: A missing answer on baseline and endline data leaves the outcome undecided (OP 4(e))
    When it leaves DA-4 unanswered
    Then the obligation "res-11-5/op-04-e/impact-measurement" is "insufficient_information"
