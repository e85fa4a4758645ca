# language: fr
Fonctionnalité: Analyser les causes profondes de la traite et évaluer les politiques (paragraphe 4 a))
  Résolution 11/5, paragraphe 4 du dispositif, chapeau (texte authentique) :
  « Demande également aux États parties de prendre, selon qu'il convient et conformément à leurs
  obligations internationales respectives et à leur droit interne, et en s'inspirant des
  meilleures pratiques ou d'autres mesures efficaces élaborées pour faire face aux nouvelles
  tendances de la traite des personnes, les dispositions suivantes : »
  Alinéa a) (texte authentique) :
  « Procéder à une analyse des causes profondes de la traite des personnes, en adoptant une
  approche tenant compte des questions de genre, centrée sur les victimes et fondée sur les
  droits humains, qui permette d'évaluer l'influence de l'ensemble des facteurs, y compris les
  inégalités socioéconomiques, ainsi que l'efficacité et les retombées des politiques,
  programmes et autres initiatives visant à prévenir et à combattre la criminalité organisée,
  afin d'adopter en conséquence des politiques et mesures nationales susceptibles de s'attaquer
  à ces causes et de lutter plus efficacement contre la traite des personnes ; »
  L'alinéa prend le verbe du chapeau, « Demande également » : sa force juridique est
  « calls_upon ».
  Une obligation, trois réponses : l'analyse des causes profondes selon l'approche demandée
  (PR-5), l'évaluation des politiques et programmes (PR-6), et des politiques nationales qui
  s'attaquent aux causes relevées (PR-7, lue seulement lorsqu'une analyse existe). Une lacune
  connue décide de l'issue même lorsqu'une autre réponse manque.
  Couvre : paragraphe 4 a) (analyse des causes profondes ; évaluation de l'efficacité et des
  retombées des politiques ; politiques nationales adoptées en conséquence).

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | PR-5     | yes     |
      | PR-6     | yes     |
      | PR-7     | yes     |

  Scénario: Causes analysées, politiques évaluées et politiques nationales qui y répondent : respectée (OP 4(a))
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « respectée »
    Et sa force juridique est « calls_upon »
    Et sa priorité est « aucune »

  Scénario: Ni analyse des causes profondes ni évaluation des politiques : non respectée (OP 4(a))
    Quand il répond « no » à PR-5
    Et il répond « no » à PR-6
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « non respectée »
    Et sa force juridique est « calls_upon »
    Et sa priorité est « élevée »

  Plan du scénario: L'analyse des causes et l'évaluation des politiques, réponse par réponse (OP 4(a))
    Quand il répond « <analyse> » à PR-5
    Et il répond « <évaluation> » à PR-6
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « <statut> »

    Exemples:
      | analyse   | évaluation | statut                     |
      | no        | yes        | partiellement respectée    |
      | no        | partially  | partiellement respectée    |
      | no        | unknown    | informations insuffisantes |
      | yes       | no         | partiellement respectée    |
      | partially | no         | partiellement respectée    |
      | unknown   | no         | informations insuffisantes |
      | partially | yes        | partiellement respectée    |
      | partially | partially  | partiellement respectée    |
      | partially | unknown    | partiellement respectée    |
      | yes       | partially  | partiellement respectée    |
      | unknown   | partially  | partiellement respectée    |
      | yes       | unknown    | informations insuffisantes |
      | unknown   | yes        | informations insuffisantes |
      | unknown   | unknown    | informations insuffisantes |

  Scénario: Une lacune partielle dans ce que demande la résolution a une priorité moyenne (OP 4(a))
    Quand il répond « partially » à PR-5
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « partiellement respectée »
    Et sa priorité est « moyenne »

  Plan du scénario: Des politiques nationales qui ne s'attaquent pas aux causes relevées (OP 4(a))
    Quand il répond « <politiques> » à PR-7
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « partiellement respectée »

    Exemples:
      | politiques |
      | partially  |
      | no         |

  Scénario: Des politiques qui ignorent les causes relevées décident même si l'évaluation n'est pas connue (OP 4(a))
    Quand il répond « unknown » à PR-6
    Et il répond « no » à PR-7
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « partiellement respectée »

  Scénario: Des politiques qui ignorent les causes décident même si l'analyse n'est pas connue (OP 4(a))
    Quand il répond « unknown » à PR-5
    Et il répond « no » à PR-7
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « partiellement respectée »

  Scénario: Sans analyse des causes, la question des politiques qui y répondent n'est pas lue (OP 4(a))
    Quand il répond « no » à PR-5
    Et il laisse PR-7 sans réponse
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « partiellement respectée »

  Scénario: Sans réponse sur les politiques qui répondent aux causes, l'issue reste indécise (OP 4(a))
    Quand il laisse PR-7 sans réponse
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « informations insuffisantes »
    Et sa priorité est « moyenne »

  Scénario: Sans réponse sur l'évaluation des politiques, l'issue reste indécise (OP 4(a))
    Quand il laisse PR-6 sans réponse
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « informations insuffisantes »

  Scénario: Sans réponse sur l'analyse des causes, l'issue reste indécise (OP 4(a))
    Quand il laisse PR-5 sans réponse
    Alors l'obligation « res-11-5/op-04-a/root-causes » est « informations insuffisantes »
