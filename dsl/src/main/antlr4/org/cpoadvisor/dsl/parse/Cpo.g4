/*
 * The .cpo architecture language, version 1.
 *
 * This grammar only recognises. It knows the shape of every statement, block and
 * property, but no meaning: enumerated values, units, ranges, names and catalog
 * ids are checked by the model builder and the validator, which can then say
 * "did you mean `liquid`?" instead of "syntax error".
 *
 * Keywords are tokens, yet soft: every keyword is also accepted where an
 * identifier stands (rule `ident`), so a region called `core` or a catalog id
 * called `switch` still parses. Quoted names are never keywords.
 *
 * Every block accepts a fallback `otherProperty` as its last alternative. The
 * builder turns it into a precise diagnostic: an unknown property (with the
 * closest known one as a hint), a property of another block, or a known
 * property whose value has the wrong shape.
 */
grammar Cpo;

// ---------------------------------------------------------------- parser

file
    : statement* EOF
    ;

statement
    : ARCHITECTURE name=STRING                          # architectureStatement
    | HORIZON yearRange                                 # horizonStatement
    | CURRENCY code=ident                               # currencyStatement
    | IMPORT path=STRING                                # importStatement
    | ASSUMPTIONS LBRACE assumption* RBRACE             # assumptionsBlock
    | POLICY LBRACE policyRule* RBRACE                  # policyBlock
    | CATALOG LBRACE catalogItem* RBRACE                # catalogBlock
    | site                                              # siteStatement
    | otherProperty                                     # otherStatement
    ;

assumption
    : ELECTRICITY quantity                              # electricityAssumption
    | PUE quantity                                      # pueAssumption
    | LIFETIME quantity                                 # lifetimeAssumption
    | DISCOUNT_RATE quantity                            # discountRateAssumption
    | GPU_HOUR quantity                                 # gpuHourAssumption
    | JOB_RESTART quantity                              # jobRestartAssumption
    | RATE code=ident quantity                          # rateAssumption
    | START_YEAR NUMBER                                 # startYearAssumption
    | CPO_ADOPTION quantity                             # cpoAdoptionAssumption
    | otherProperty                                     # otherAssumption
    ;

policyRule
    : MIN_GPUS quantity                                 # minGpusPolicy
    | MIN_MODULES quantity                              # minModulesPolicy
    | MIN_LINK quantity                                 # minLinkPolicy
    | MIN_EAST_WEST quantity                            # minEastWestPolicy
    | MIN_SAVING quantity                               # minSavingPolicy
    | MAX_PAYBACK quantity                              # maxPaybackPolicy
    | PILOT_WINDOW yearRange                            # pilotWindowPolicy
    | SCALE_WINDOW yearRange                            # scaleWindowPolicy
    | REQUIRE_LIQUID_COOLING value=ident                # requireLiquidCoolingPolicy
    | PILOT_SWITCHES quantity                           # pilotSwitchesPolicy
    | VENDORS STRING (COMMA STRING)*                    # vendorsPolicy
    | ALLOW_FAMILY_CHANGE value=ident                   # allowFamilyChangePolicy
    | otherProperty                                     # otherPolicy
    ;

catalogItem
    : kind=(SWITCH | OPTIC | ACCELERATOR | LASER) id=STRING LBRACE (SOURCE source=STRING)? catalogField* RBRACE   # catalogEntry
    | otherProperty                                                                                             # otherCatalogItem
    ;

catalogField
    : catalogValue (SOURCE source=STRING)?
    ;

catalogValue
    : PORTS count=NUMBER X speed=quantity               # portsField
    | OPTICS value=ident                                # opticsField
    | POWER quantity                                    # powerField
    | PRICE quantity                                    # priceField
    | AVAILABLE NUMBER                                  # availableField
    | COOLING value=ident                               # coolingField
    | PORT_FIT quantity                                 # portFitField
    | LASER_POWER quantity                              # laserPowerField
    | LASER_FIT quantity                                # laserFitField
    | LASERS NUMBER                                     # lasersField
    | REPAIR quantity                                   # repairField
    | FIELD_REPLACEABLE_LASERS value=ident              # fieldReplaceableLasersField
    | LASER ref                                         # laserField
    | PART_NUMBER value=STRING                          # partNumberField
    | FAMILY value=ident                                # familyField
    | VENDOR value=STRING                               # vendorField
    | RACK_UNITS NUMBER                                 # rackUnitsField
    | LANE quantity                                     # laneField
    | INTERFACE value=ident                             # interfaceField
    | NIC_LANE quantity                                 # nicLaneField
    | SPEED quantity                                    # speedField
    | KIND value=ident                                  # kindField
    | FIT quantity                                      # fitField
    | NIC quantity                                      # nicField
    | GPUS_PER_NODE NUMBER                              # gpusPerNodeField
    | otherProperty                                     # otherField
    ;

site
    : SITE name=STRING LBRACE siteItem* RBRACE
    ;

siteItem
    : REGION value=ident                                # regionProperty
    | ELECTRICITY quantity                              # siteElectricityProperty
    | PUE quantity                                      # sitePueProperty
    | COOLING value=ident                               # siteCoolingProperty
    | POWER_CAP quantity                                # powerCapProperty
    | STAFF value=ident                                 # staffProperty
    | cluster                                           # clusterItem
    | otherProperty                                     # otherSiteProperty
    ;

cluster
    : CLUSTER name=STRING LBRACE clusterProperty* RBRACE
    ;

clusterProperty
    : WORKLOAD value=ident                              # workloadProperty
    | GPUS count=NUMBER X model=ref                     # gpusProperty
    | GPUS_PER_NODE NUMBER                              # gpusPerNodeProperty
    | NIC quantity                                      # nicProperty
    | FABRIC topology=ident? fabricOption*              # fabricProperty
    | SWITCH ref                                        # switchProperty
    | OPTICS value=ident                                # clusterOpticsProperty
    | TRAFFIC trafficShare+                             # trafficProperty
    | GROWTH quantity PER period=ident                  # growthProperty
    | ONLINE (year=NUMBER | value=ident)                # onlineProperty
    | PLAN intent=ident (FROM year=NUMBER)? (TIERS ident (COMMA ident)*)?   # planProperty
    | otherProperty                                     # otherClusterProperty
    ;

fabricOption
    : TIERS NUMBER                                      # tiersOption
    | OVERSUBSCRIPTION ratio                            # oversubscriptionOption
    | RAIL_OPTIMIZED                                    # railOptimizedOption
    | PLANES NUMBER                                     # planesOption
    ;

trafficShare
    : direction=(EAST_WEST | NORTH_SOUTH) quantity
    ;

// A number with an optional unit; which units fit is the builder's concern. Any
// quantity may carry a range; the builder reports one where the figure takes none.
quantity
    : NUMBER unit? rangeSpec?
    ;

// `range 60000..110000 uniform moves-with nvidia-prices`: the ends in the value's unit,
// then the shape (triangular by default) and the group of figures that move together.
// The shape is a token, not an ident, so that a field's `source` after it is not taken.
rangeSpec
    : RANGE low=NUMBER lowUnit=unit? DOTDOT high=NUMBER highUnit=unit? shape=(UNIFORM | TRIANGULAR)? (MOVES_WITH group=ident)?
    ;

unit
    : G | T | W | KW | MW | MIN | H | YEAR | YEARS | FIT | PJ_PER_BIT | PERCENT
    | CUR_CODE PER_KWH?
    ;

yearRange
    : from=NUMBER (DOTDOT to=NUMBER)?
    ;

ratio
    : a=NUMBER COLON b=NUMBER
    ;

// A catalog id: bare when it is a plain identifier, quoted when it is not.
ref
    : ident
    | STRING
    ;

ident
    : IDENT
    | softKeyword
    ;

/*
 * Anything that is not a block or a known property: recognised so that the
 * builder can name it precisely, and so that one mistake costs one diagnostic.
 * Its values never include a word, so the next property on the line is not
 * swallowed; the builder folds same-line leftovers into one diagnostic.
 *
 * The words that open statements and blocks (`site`, `cluster`, `switch`, `laser`, …) are
 * not `otherKey`s: where one stands, the parser commits to its block, and a
 * mistake inside the block is reported where it is, not as a malformed block.
 * Only an unknown word may open an unknown block, which is skipped whole.
 */
otherProperty
    : key=otherKey otherValue* rangeSpec? skippedBlock?
    ;

otherKey
    : IDENT
    | HORIZON | CURRENCY | IMPORT
    | ELECTRICITY | PUE | LIFETIME | DISCOUNT_RATE | GPU_HOUR | JOB_RESTART | RATE | START_YEAR | CPO_ADOPTION
    | MIN_GPUS | MIN_MODULES | MIN_LINK | MIN_EAST_WEST | MIN_SAVING | MAX_PAYBACK | PILOT_WINDOW | SCALE_WINDOW
    | REQUIRE_LIQUID_COOLING | PILOT_SWITCHES | VENDORS | ALLOW_FAMILY_CHANGE
    | PORTS | OPTICS | POWER | PRICE | AVAILABLE | COOLING | PORT_FIT
    | LASER_POWER | LASER_FIT | LASERS | REPAIR | FIELD_REPLACEABLE_LASERS | SOURCE | SPEED | KIND | FIT
    | PART_NUMBER | FAMILY | VENDOR | RACK_UNITS | LANE | INTERFACE | NIC_LANE | NIC | GPUS_PER_NODE
    | REGION | POWER_CAP | STAFF
    | WORKLOAD | GPUS | FABRIC | TRAFFIC | GROWTH | ONLINE | PLAN
    | TIERS | OVERSUBSCRIPTION | RAIL_OPTIMIZED | PLANES | EAST_WEST | NORTH_SOUTH | PER | FROM
    | RANGE | UNIFORM | TRIANGULAR | MOVES_WITH
    ;

otherValue
    : NUMBER | BAD_NUMBER | STRING | PERCENT | COLON | DOTDOT | COMMA | PER_KWH | PJ_PER_BIT
    | G | T | W | KW | MW | MIN | H | YEAR | YEARS | CUR_CODE | X
    ;

skippedBlock
    : LBRACE (~(LBRACE | RBRACE) | skippedBlock)* RBRACE
    ;

softKeyword
    : ARCHITECTURE | HORIZON | CURRENCY | IMPORT | ASSUMPTIONS | POLICY | CATALOG | SITE | CLUSTER
    | ELECTRICITY | PUE | LIFETIME | DISCOUNT_RATE | GPU_HOUR | JOB_RESTART | RATE | START_YEAR | CPO_ADOPTION
    | MIN_GPUS | MIN_MODULES | MIN_LINK | MIN_EAST_WEST | MIN_SAVING | MAX_PAYBACK | PILOT_WINDOW | SCALE_WINDOW
    | REQUIRE_LIQUID_COOLING | PILOT_SWITCHES | VENDORS | ALLOW_FAMILY_CHANGE
    | SWITCH | OPTIC | ACCELERATOR | LASER | PORTS | OPTICS | POWER | PRICE | AVAILABLE | COOLING | PORT_FIT
    | LASER_POWER | LASER_FIT | LASERS | REPAIR | FIELD_REPLACEABLE_LASERS | SOURCE | SPEED | KIND | FIT
    | PART_NUMBER | FAMILY | VENDOR | RACK_UNITS | LANE | INTERFACE | NIC_LANE | NIC | GPUS_PER_NODE
    | REGION | POWER_CAP | STAFF
    | WORKLOAD | GPUS | FABRIC | TRAFFIC | GROWTH | ONLINE | PLAN
    | X | TIERS | OVERSUBSCRIPTION | RAIL_OPTIMIZED | PLANES | EAST_WEST | NORTH_SOUTH | PER | FROM
    | RANGE | UNIFORM | TRIANGULAR | MOVES_WITH
    | G | T | W | KW | MW | MIN | H | YEAR | YEARS | CUR_CODE
    ;

// ---------------------------------------------------------------- lexer

// statements and blocks
ARCHITECTURE : 'architecture' ;
HORIZON      : 'horizon' ;
CURRENCY     : 'currency' ;
IMPORT       : 'import' ;
ASSUMPTIONS  : 'assumptions' ;
POLICY       : 'policy' ;
CATALOG      : 'catalog' ;
SITE         : 'site' ;
CLUSTER      : 'cluster' ;

// assumptions
ELECTRICITY   : 'electricity' ;
PUE           : 'pue' ;
LIFETIME      : 'lifetime' ;
DISCOUNT_RATE : 'discount-rate' ;
GPU_HOUR      : 'gpu-hour' ;
JOB_RESTART   : 'job-restart' ;
RATE          : 'rate' ;
START_YEAR    : 'start-year' ;
CPO_ADOPTION  : 'cpo-adoption' ;

// policy
MIN_GPUS               : 'min-gpus' ;
MIN_MODULES            : 'min-modules' ;
MIN_LINK               : 'min-link' ;
MIN_EAST_WEST          : 'min-east-west' ;
MIN_SAVING             : 'min-saving' ;
MAX_PAYBACK            : 'max-payback' ;
PILOT_WINDOW           : 'pilot-window' ;
SCALE_WINDOW           : 'scale-window' ;
REQUIRE_LIQUID_COOLING : 'require-liquid-cooling' ;
PILOT_SWITCHES         : 'pilot-switches' ;
VENDORS                : 'vendors' ;
ALLOW_FAMILY_CHANGE    : 'allow-family-change' ;

// catalog
SWITCH                   : 'switch' ;
OPTIC                    : 'optic' ;
ACCELERATOR              : 'accelerator' ;
LASER                    : 'laser' ;
PORTS                    : 'ports' ;
OPTICS                   : 'optics' ;
POWER                    : 'power' ;
PRICE                    : 'price' ;
AVAILABLE                : 'available' ;
COOLING                  : 'cooling' ;
PORT_FIT                 : 'port-fit' ;
LASER_POWER              : 'laser-power' ;
LASER_FIT                : 'laser-fit' ;
LASERS                   : 'lasers' ;
REPAIR                   : 'repair' ;
FIELD_REPLACEABLE_LASERS : 'field-replaceable-lasers' ;
SOURCE                   : 'source' ;
SPEED                    : 'speed' ;
KIND                     : 'kind' ;
FIT                      : 'fit' ;
NIC                      : 'nic' ;
GPUS_PER_NODE            : 'gpus-per-node' ;
PART_NUMBER              : 'part-number' ;
FAMILY                   : 'family' ;
VENDOR                   : 'vendor' ;
RACK_UNITS               : 'rack-units' ;
LANE                     : 'lane' ;
INTERFACE                : 'interface' ;
NIC_LANE                 : 'nic-lane' ;

// site
REGION    : 'region' ;
POWER_CAP : 'power-cap' ;
STAFF     : 'staff' ;

// cluster
WORKLOAD : 'workload' ;
GPUS     : 'gpus' ;
FABRIC   : 'fabric' ;
TRAFFIC  : 'traffic' ;
GROWTH   : 'growth' ;
ONLINE   : 'online' ;
PLAN     : 'plan' ;

// words inside values
X                : 'x' ;
TIERS            : 'tiers' ;
OVERSUBSCRIPTION : 'oversubscription' ;
RAIL_OPTIMIZED   : 'rail-optimized' ;
PLANES           : 'planes' ;
EAST_WEST        : 'east-west' ;
NORTH_SOUTH      : 'north-south' ;
PER              : 'per' ;
FROM             : 'from' ;

// ranges
RANGE      : 'range' ;
UNIFORM    : 'uniform' ;
TRIANGULAR : 'triangular' ;
MOVES_WITH : 'moves-with' ;

// units
G          : 'G' ;
T          : 'T' ;
W          : 'W' ;
KW         : 'kW' ;
MW         : 'MW' ;
MIN        : 'min' ;
H          : 'h' ;
YEAR       : 'year' ;
YEARS      : 'years' ;
PJ_PER_BIT : 'pJ/bit' ;
PER_KWH    : '/kWh' ;
CUR_CODE   : [A-Z] [A-Z] [A-Z] ;

// punctuation
LBRACE  : '{' ;
RBRACE  : '}' ;
COLON   : ':' ;
DOTDOT  : '..' ;
COMMA   : ',' ;
PERCENT : '%' ;

NUMBER : DIGITS ('.' DIGITS)? ;
// Longer than the NUMBER it starts with (1.2.3, 1__0, 7_, 1._5): reported as a bad number.
// A tie goes to NUMBER, declared first; "2025..2030" stays NUMBER DOTDOT NUMBER.
BAD_NUMBER : [0-9] [0-9_]* ('.' [0-9_]+)+ | [0-9] [0-9_]* ;

fragment DIGITS : [0-9]+ ('_' [0-9]+)* ;

// A dot never before another: `USD..110000` is a currency, `..` and a number, as `2025..2030` is.
IDENT : [a-zA-Z] ([a-zA-Z0-9_\-] | '.' {_input.LA(1) != '.'}?)* ;

STRING              : '"' ('\\' ~[\r\n] | ~["\\\r\n])* '"' ;
UNTERMINATED_STRING : '"' ('\\' ~[\r\n] | ~["\\\r\n])* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN) ;

WS : [ \t\r\n\f\u00A0\uFEFF]+ -> skip ;

// Anything else is one bad character; the parser reports it where it stands.
ERROR_CHAR : . ;
