# language: fr
Fonctionnalité: Des contributions inclusives et participatives aux politiques de lutte contre la traite (paragraphe 4 c), avec l'article 9, paragraphe 3, du Protocole)
  Résolution 11/5, paragraphe 4 du dispositif, chapeau (texte authentique) :
  « Demande également aux États parties de prendre, selon qu'il convient et conformément à leurs
  obligations internationales respectives et à leur droit interne, et en s'inspirant des
  meilleures pratiques ou d'autres mesures efficaces élaborées pour faire face aux nouvelles
  tendances de la traite des personnes, les dispositions suivantes : »
  Alinéa c) (texte authentique) :
  « Renforcer leur coopération avec la société civile, les organisations non gouvernementales,
  le secteur privé, le monde universitaire, les victimes de la traite des personnes et les
  autres organisations concernées afin d'encourager les contributions inclusives et
  participatives aux programmes et politiques de lutte contre la traite à tous les stades ; »
  Protocole relatif à la traite des personnes, article 9, paragraphe 3 :
  « Les politiques, programmes et autres mesures établis conformément au présent article
  incluent, selon qu'il convient, une coopération avec les organisations non
  gouvernementales, d'autres organisations compétentes et d'autres éléments de la société
  civile. »
  L'article 9, paragraphe 3, ne lie que « selon qu'il convient » ; l'alinéa 4 c) élargit le
  cercle (secteur privé, monde universitaire, victimes) et la portée (tous les stades), et sa
  force, « demande » (calls_upon), est la plus forte des deux.
  Une obligation, deux réponses : le rôle que la loi ou une politique donne aux autres acteurs
  à tous les stades (PR-10), et la contribution effective des survivants (PR-11). Une lacune
  connue décide de l'issue même lorsqu'une autre réponse manque.
  Couvre : paragraphe 4 c) (coopération avec la société civile, les ONG, le secteur privé, le
  monde universitaire et les victimes ; contributions à tous les stades) ; article 9,
  paragraphe 3.

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | FW-1     | party   |
      | PR-10    | yes     |
      | PR-11    | yes     |

  Scénario: Un rôle à tous les stades pour tous les acteurs et des survivants qui contribuent : respectée (OP 4(c))
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « respectée »
    Et sa force juridique est « calls_upon »

  Scénario: Aucun rôle pour les autres acteurs et aucune contribution des survivants : non respectée (OP 4(c))
    Quand il répond « no » à PR-10
    Et il répond « no » à PR-11
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « non respectée »
    Et sa force juridique est « calls_upon »
    Et sa priorité est « élevée »

  Scénario: Pour un État non partie au Protocole, la force de la résolution reste la même (OP 4(c), art. 9(3))
    Quand il répond « not_party » à FW-1
    Et il répond « no » à PR-10
    Et il répond « no » à PR-11
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « non respectée »
    Et sa priorité est « élevée »

  Plan du scénario: Le rôle des autres acteurs et la contribution des survivants, réponse par réponse (OP 4(c))
    Quand il répond « <rôle> » à PR-10
    Et il répond « <survivants> » à PR-11
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « <statut> »

    Exemples:
      | rôle      | survivants | statut                     |
      | no        | yes        | partiellement respectée    |
      | no        | partially  | partiellement respectée    |
      | no        | unknown    | informations insuffisantes |
      | yes       | no         | partiellement respectée    |
      | partially | no         | partiellement respectée    |
      | unknown   | no         | informations insuffisantes |
      | partially | yes        | partiellement respectée    |
      | partially | unknown    | partiellement respectée    |
      | yes       | partially  | partiellement respectée    |
      | unknown   | partially  | partiellement respectée    |
      | yes       | unknown    | informations insuffisantes |
      | unknown   | yes        | informations insuffisantes |
      | unknown   | unknown    | informations insuffisantes |

  Scénario: Des survivants consultés seulement ponctuellement (OP 4(c))
    Quand il répond « partially » à PR-11
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « partiellement respectée »
    Et sa priorité est « moyenne »

  Scénario: Sans réponse sur la contribution des survivants, l'issue reste indécise (OP 4(c))
    Quand il laisse PR-11 sans réponse
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « informations insuffisantes »

  Scénario: Sans réponse sur le rôle des autres acteurs, l'issue reste indécise (OP 4(c))
    Quand il laisse PR-10 sans réponse
    Alors l'obligation « res-11-5/op-04-c/inclusive-participation » est « informations insuffisantes »
