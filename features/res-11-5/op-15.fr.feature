# language: fr
Fonctionnalité: Tirer pleinement parti des outils d'INTERPOL (paragraphe 15)
  Résolution 11/5, paragraphe 15 du dispositif (texte authentique) :
  « Prie instamment les États de tirer pleinement parti de l'expérience et des outils de
  l'Organisation internationale de police criminelle (INTERPOL) en matière de lutte contre la
  traite des personnes ; »
  « Prie instamment » : la force juridique est « urges ».
  Une obligation, deux réponses : l'accès direct des points de passage frontaliers et des
  unités de lutte contre la traite aux bases de données d'INTERPOL, au-delà du bureau central
  national (IC-14), et l'usage des notices, diffusions, consultations et opérations
  coordonnées par INTERPOL dans les affaires de traite pendant la période (IC-15). Une lacune
  connue décide de l'issue même lorsqu'une autre réponse manque.
  Couvre : paragraphe 15 (accès aux outils d'INTERPOL ; leur usage dans les affaires de traite).

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | IC-14    | yes     |
      | IC-15    | yes     |

  Scénario: Un accès direct aux outils d'INTERPOL, utilisés dans les affaires de traite : respectée (OP 15)
    Alors l'obligation « res-11-5/op-15/interpol » est « respectée »
    Et sa force juridique est « urges »
    Et sa priorité est « aucune »

  Scénario: Ni accès au-delà du bureau central ni usage des outils : non respectée, avec la force d'une prière instante (OP 15)
    Quand il répond « no » à IC-14
    Et il répond « no » à IC-15
    Alors l'obligation « res-11-5/op-15/interpol » est « non respectée »
    Et sa force juridique est « urges »
    Et sa priorité est « élevée »

  Plan du scénario: L'accès aux outils d'INTERPOL et leur usage, réponse par réponse (OP 15)
    Quand il répond « <accès> » à IC-14
    Et il répond « <usage> » à IC-15
    Alors l'obligation « res-11-5/op-15/interpol » est « <statut> »

    Exemples:
      | accès     | usage     | statut                     |
      | no        | yes       | partiellement respectée    |
      | no        | partially | partiellement respectée    |
      | no        | unknown   | informations insuffisantes |
      | yes       | no        | partiellement respectée    |
      | partially | no        | partiellement respectée    |
      | unknown   | no        | informations insuffisantes |
      | partially | yes       | partiellement respectée    |
      | partially | unknown   | partiellement respectée    |
      | yes       | partially | partiellement respectée    |
      | unknown   | partially | partiellement respectée    |
      | yes       | unknown   | informations insuffisantes |
      | unknown   | yes       | informations insuffisantes |
      | unknown   | unknown   | informations insuffisantes |

  Scénario: Des outils utilisés seulement par l'intermédiaire du bureau central (OP 15)
    Quand il répond « no » à IC-14
    Alors l'obligation « res-11-5/op-15/interpol » est « partiellement respectée »
    Et sa priorité est « moyenne »

  Scénario: Un accès qui n'a servi dans aucune affaire de traite pendant la période (OP 15)
    Quand il répond « no » à IC-15
    Alors l'obligation « res-11-5/op-15/interpol » est « partiellement respectée »

  Scénario: Sans réponse sur l'usage des outils, l'issue reste indécise (OP 15)
    Quand il laisse IC-15 sans réponse
    Alors l'obligation « res-11-5/op-15/interpol » est « informations insuffisantes »
    Et sa priorité est « moyenne »

  Scénario: Sans réponse sur l'accès aux bases de données, l'issue reste indécise (OP 15)
    Quand il laisse IC-14 sans réponse
    Alors l'obligation « res-11-5/op-15/interpol » est « informations insuffisantes »
