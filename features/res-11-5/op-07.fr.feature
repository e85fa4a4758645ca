# language: fr
Fonctionnalité: Décourager la demande qui favorise la traite (article 9, paragraphe 5, du Protocole ; paragraphes 6 et 7)
  Protocole relatif à la traite des personnes, article 9, paragraphe 5 (texte français tel que
  cité par des sources secondaires, non encore vérifié sur le Recueil des Traités) :
  « Les États Parties adoptent ou renforcent des mesures législatives ou autres, telles que des
  mesures d'ordre éducatif, social ou culturel, notamment par le biais d'une coopération
  bilatérale et multilatérale, pour décourager la demande qui favorise toutes les formes
  d'exploitation des personnes, en particulier des femmes et des enfants, aboutissant à la
  traite. »
  Résolution 11/5, paragraphe 6 (texte authentique) :
  « Demande aux États parties au Protocole d'adopter ou de renforcer, conformément à son article
  9, des mesures législatives ou autres, telles que des mesures d'ordre éducatif, social ou
  culturel, pour décourager la demande [...] »
  Résolution 11/5, paragraphe 7 (texte authentique) :
  « Prie instamment les États parties de décourager, conformément à leur droit interne, la
  demande qui favorise la traite des personnes dans les chaînes d'approvisionnement mondiales et
  les activités de passation des marchés du secteur privé et du secteur public et de lutter y
  compris le risque de maltraitance et d'exploitation lié au recrutement [...] »
  Couvre : article 9, paragraphe 5, et paragraphe 6 (mesures législatives, éducatives, sociales
  et culturelles ; coopération), paragraphe 6 (utilisation en connaissance de cause des services
  d'une victime), paragraphe 7 (chaînes d'approvisionnement, marchés publics, frais de
  recrutement).

  Contexte:
    Étant donné un État qui répond
      | question | réponse       |
      | FW-1     | party         |
      | DM-1     | all_forms     |
      | DM-2     | yes           |
      | DM-3     | yes           |
      | DM-4     | all_services  |
      | DM-5     | yes           |
      | DM-6     | mandatory     |
      | DM-7     | yes           |
      | DM-8     | due_diligence |
      | DM-9     | yes           |
      | DM-10    | prohibited    |
      | DM-11    | yes           |
      | DM-12    | yes           |

  Scénario: Un État qui décourage la demande par tous les moyens respecte toutes les obligations (art. 9(5), OP 6, OP 7)
    Alors l'obligation « tip-protocol/art-09-5/discourage-demand » est « respectée »
    Et l'obligation « res-11-5/op-06/use-of-services » est « respectée »
    Et l'obligation « res-11-5/op-07/supply-chains » est « respectée »
    Et l'obligation « res-11-5/op-07/public-procurement » est « respectée »
    Et l'obligation « res-11-5/op-07/recruitment-fees » est « respectée »

  Scénario: Ni loi, ni politique, ni mesure, ni coopération contre la demande : obligation conventionnelle non respectée (art. 9(5))
    Quand il répond « none » à DM-1
    Et il répond « no » à DM-2
    Et il répond « no » à DM-3
    Alors l'obligation « tip-protocol/art-09-5/discourage-demand » est « non respectée »
    Et sa force juridique est « shall »

  Plan du scénario: Chaque lacune dans les mesures contre la demande rend l'obligation partiellement respectée (art. 9(5))
    Quand il répond « <réponse> » à <question>
    Alors l'obligation « tip-protocol/art-09-5/discourage-demand » est « partiellement respectée »

    Exemples:
      | question | réponse    |
      | DM-1     | some_forms |
      | DM-2     | no         |
      | DM-3     | no         |

  Scénario: Sans réponse sur la loi ou la politique contre la demande, l'issue reste indécise (art. 9(5))
    Quand il laisse DM-1 sans réponse
    Alors l'obligation « tip-protocol/art-09-5/discourage-demand » est « informations insuffisantes »

  Scénario: L'utilisation en connaissance de cause des services d'une victime n'est pas une infraction (OP 6)
    Quand il répond « none » à DM-4
    Alors l'obligation « res-11-5/op-06/use-of-services » est « non respectée »
    Et sa force juridique est « calls_upon »

  Scénario: Une infraction limitée aux services sexuels ou aux enfants ne suffit pas (OP 6)
    Quand il répond « some_services » à DM-4
    Alors l'obligation « res-11-5/op-06/use-of-services » est « partiellement respectée »

  Plan du scénario: Devoir de diligence dans les chaînes d'approvisionnement (OP 7)
    Quand il répond « <réponse> » à <question>
    Alors l'obligation « res-11-5/op-07/supply-chains » est « <statut> »

    Exemples:
      | question | réponse   | statut                     |
      | DM-6     | none      | non respectée              |
      | DM-6     | voluntary | partiellement respectée    |
      | DM-6     | reporting | partiellement respectée    |
      | DM-7     | no        | partiellement respectée    |
      | DM-7     | unknown   | informations insuffisantes |

  Scénario: Des marchés publics qui excluent seulement les fournisseurs condamnés (OP 7)
    Quand il répond « exclusion_only » à DM-8
    Alors l'obligation « res-11-5/op-07/public-procurement » est « partiellement respectée »
    Et sa force juridique est « urges »

  Scénario: Des frais réclamés aux travailleurs et des recruteurs sans agrément (OP 7)
    Quand il répond « not_regulated » à DM-10
    Et il répond « no » à DM-11
    Alors l'obligation « res-11-5/op-07/recruitment-fees » est « non respectée »

  Scénario: Des frais de recrutement seulement plafonnés (OP 7)
    Quand il répond « limited » à DM-10
    Alors l'obligation « res-11-5/op-07/recruitment-fees » est « partiellement respectée »
