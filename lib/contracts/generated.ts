// GENERATED FILE - DO NOT EDIT. Run `npm run contracts:build` to regenerate.
// Source: contracts/src, compiled by forge (solc 0.8.30).

export const directoryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_NAME_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_VERSION_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "VERIFIER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isVerified",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "kindOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IDirectory.Kind"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "participantOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IDirectory.Participant",
        "components": [
          {
            "name": "kind",
            "type": "uint8",
            "internalType": "enum IDirectory.Kind"
          },
          {
            "name": "verified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "registeredAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "updatedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "encryptionKey",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "metadataCid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "artifactCid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "version",
            "type": "string",
            "internalType": "string"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "patientKeyOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registerModel",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "artifactCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerPatientKey",
    "inputs": [
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerProvider",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeVerification",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setModelArtifact",
    "inputs": [
      {
        "name": "artifactCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateParticipant",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "verify",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "ModelArtifactSet",
    "inputs": [
      {
        "name": "model",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "artifactCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParticipantRegistered",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum IDirectory.Kind"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParticipantUpdated",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParticipantVerified",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "verifier",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PatientKeyRegistered",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VerificationRevoked",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidCid",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidEncryptionKey",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidName",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidVersion",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAModel",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

export const directoryBytecode = "0x608060405234801561000f575f5ffd5b50604051611a41380380611a4183398101604081905261002e91610113565b6100385f8261006a565b506100637f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098261006a565b5050610140565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661010a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100c23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010d565b505f5b92915050565b5f60208284031215610123575f5ffd5b81516001600160a01b0381168114610139575f5ffd5b9392505050565b6118f48061014d5f395ff3fe608060405234801561000f575f5ffd5b5060043610610179575f3560e01c806391d14854116100d2578063b9209e3311610088578063d8f7808611610063578063d8f78086146103a8578063e7705db6146103bb578063e998d2fa146103e2575f5ffd5b8063b9209e3314610313578063d3b441a814610350578063d547741f14610395575f5ffd5b8063a217fddf116100b8578063a217fddf146102fc578063a82da60d14610303578063b5c58b451461030b575f5ffd5b806391d1485414610299578063998fb585146102dc575f5ffd5b80632f2ff15d116101325780635a5d78c71161010d5780635a5d78c71461026b57806363a9c3d71461027e5780638607498514610291575f5ffd5b80632f2ff15d1461023257806330756d0e1461024557806336568abe14610258575f5ffd5b80631614b2fa116101625780631614b2fa146101ba578063205589f4146101cd578063248a9ca314610210575f5ffd5b806301ffc9a71461017d57806307a622e0146101a5575b5f5ffd5b61019061018b366004611263565b6103f5565b60405190151581526020015b60405180910390f35b6101b86101b33660046112ee565b61048d565b005b6101b86101c8366004611367565b610561565b6102026101db3660046113f6565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205490565b60405190815260200161019c565b61020261021e36600461140f565b5f9081526020819052604090206001015490565b6101b8610240366004611426565b6105e1565b6101b8610253366004611450565b61060b565b6101b8610266366004611426565b610631565b6101b86102793660046112ee565b61068f565b6101b861028c3660046113f6565b61069e565b610202606081565b6101906102a7366004611426565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6102ef6102ea3660046113f6565b61075b565b60405161019c91906115bd565b6102025f81565b610202608081565b610202602081565b6101906103213660046113f6565b73ffffffffffffffffffffffffffffffffffffffff165f90815260026020526040902054610100900460ff1690565b61038861035e3660046113f6565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205460ff1690565b60405161019c919061169a565b6101b86103a3366004611426565b610aac565b6101b86103b636600461140f565b610ad0565b6102027f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0981565b6101b86103f03660046113f6565b610b40565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061048757507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f61049733610b7d565b90506104a68686868686610c0c565b600281016104b586888361176a565b5060018101849055600381016104cc83858361176a565b5080547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff166a01000000000000000000004267ffffffffffffffff160217815560405133907f72df8a739d30d9ef78b1b56c619967f2ea3a64e7e3e066ef0a6727d603a9968290610546908990899089908990899061188b565b60405180910390a2610559813333610c66565b505050505050565b5f61056b33610b7d565b90506002815460ff16600281111561058557610585611529565b146105c3576040517ffe088df30000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6105cf85858585610ce9565b6105da813333610c66565b5050505050565b5f828152602081905260409020600101546105fb81610dee565b6106058383610dfb565b50505050565b61061a60028a8a8a8a8a610ef4565b61062684848484610ce9565b505050505050505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610680576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61068a82826110a7565b505050565b6105da60018686868686610ef4565b7f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea096106c881610dee565b5f6106d283610b7d565b8054909150610100900460ff16156106e957505050565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178155604051339073ffffffffffffffffffffffffffffffffffffffff8516907fae5997c24301624d418030703a2737dc6cfb610bed4835635ec7ae4b7cc487c7905f90a3505b5050565b6107bc604080516101208101909152805f81526020015f151581526020015f67ffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f8152602001606081526020016060815260200160608152602001606081525090565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600260208190526040918290208251610120810190935280549091839160ff169081111561080757610807611529565b600281111561081857610818611529565b8152815460ff6101008204161515602083015267ffffffffffffffff620100008204811660408401526a01000000000000000000009091041660608201526001820154608082015260028201805460a090920191610875906116d5565b80601f01602080910402602001604051908101604052809291908181526020018280546108a1906116d5565b80156108ec5780601f106108c3576101008083540402835291602001916108ec565b820191905f5260205f20905b8154815290600101906020018083116108cf57829003601f168201915b50505050508152602001600382018054610905906116d5565b80601f0160208091040260200160405190810160405280929190818152602001828054610931906116d5565b801561097c5780601f106109535761010080835404028352916020019161097c565b820191905f5260205f20905b81548152906001019060200180831161095f57829003601f168201915b50505050508152602001600482018054610995906116d5565b80601f01602080910402602001604051908101604052809291908181526020018280546109c1906116d5565b8015610a0c5780601f106109e357610100808354040283529160200191610a0c565b820191905f5260205f20905b8154815290600101906020018083116109ef57829003601f168201915b50505050508152602001600582018054610a25906116d5565b80601f0160208091040260200160405190810160405280929190818152602001828054610a51906116d5565b8015610a9c5780601f10610a7357610100808354040283529160200191610a9c565b820191905f5260205f20905b815481529060010190602001808311610a7f57829003601f168201915b5050505050815250509050919050565b5f82815260208190526040902060010154610ac681610dee565b61060583836110a7565b610ad981611160565b335f90815260016020526040902054819003610af25750565b335f8181526001602052604090819020839055517f88386857cb3e7985b815dae98a18a18a545d2898bef9fcfaf0ca1641bce2a1c390610b359084815260200190565b60405180910390a250565b7f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09610b6a81610dee565b610757610b7683610b7d565b8333610c66565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260026020526040812090815460ff166002811115610bb857610bb8611529565b03610c07576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016105ba565b919050565b831580610c195750606084115b15610c53576040517fc4efc01c000000000000000000000000000000000000000000000000000000008152606060048201526024016105ba565b610c5c83611160565b6105da8282611197565b8254610100900460ff16610c7957505050565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16835560405173ffffffffffffffffffffffffffffffffffffffff80831691908416907f22ff857ce664c4d31b473cf4a8e45de08f4a5a1a23872143d6c914a7b013e260905f90a3505050565b610cf38484611197565b801580610d005750602081115b15610d3a576040517f1de2bca4000000000000000000000000000000000000000000000000000000008152602060048201526024016105ba565b335f90815260026020526040902060048101610d5785878361176a565b5060058101610d6783858361176a565b5080547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff166a01000000000000000000004267ffffffffffffffff160217815560405133907f7870cdbe360d1a1ce7106482460efcedfb845a980c698094f47d37e5f563cadd90610ddf9088908890889088906118c3565b60405180910390a25050505050565b610df881336111de565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610eed575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610e8b3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610487565b505f610487565b335f90815260026020526040812090815460ff166002811115610f1957610f19611529565b14610f52576040517f45ed80e90000000000000000000000000000000000000000000000000000000081523360048201526024016105ba565b610f5f8686868686610c0c565b8054879082907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836002811115610f9b57610f9b611529565b021790555080547fffffffffffffffffffffffffffff00000000000000000000000000000000ffff16620100004267ffffffffffffffff169081027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff16919091176a010000000000000000000091909102178155600181018490556002810161102586888361176a565b506003810161103583858361176a565b5086600281111561104857611048611529565b3373ffffffffffffffffffffffffffffffffffffffff167f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa0888888888860405161109695949392919061188b565b60405180910390a350505050505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610eed575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610487565b80610df8576040517f411ca7ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015806111a45750608081115b15610757576040517f825065bd000000000000000000000000000000000000000000000000000000008152608060048201526024016105ba565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610757576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016105ba565b5f60208284031215611273575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146112a2575f5ffd5b9392505050565b5f5f83601f8401126112b9575f5ffd5b50813567ffffffffffffffff8111156112d0575f5ffd5b6020830191508360208285010111156112e7575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611302575f5ffd5b853567ffffffffffffffff811115611318575f5ffd5b611324888289016112a9565b90965094505060208601359250604086013567ffffffffffffffff81111561134a575f5ffd5b611356888289016112a9565b969995985093965092949392505050565b5f5f5f5f6040858703121561137a575f5ffd5b843567ffffffffffffffff811115611390575f5ffd5b61139c878288016112a9565b909550935050602085013567ffffffffffffffff8111156113bb575f5ffd5b6113c7878288016112a9565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c07575f5ffd5b5f60208284031215611406575f5ffd5b6112a2826113d3565b5f6020828403121561141f575f5ffd5b5035919050565b5f5f60408385031215611437575f5ffd5b82359150611447602084016113d3565b90509250929050565b5f5f5f5f5f5f5f5f5f60a08a8c031215611468575f5ffd5b893567ffffffffffffffff81111561147e575f5ffd5b61148a8c828d016112a9565b909a5098505060208a0135965060408a013567ffffffffffffffff8111156114b0575f5ffd5b6114bc8c828d016112a9565b90975095505060608a013567ffffffffffffffff8111156114db575f5ffd5b6114e78c828d016112a9565b90955093505060808a013567ffffffffffffffff811115611506575f5ffd5b6115128c828d016112a9565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6003811061158b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526115cf602082018351611556565b5f60208301516115e3604084018215159052565b50604083015167ffffffffffffffff8116606084015250606083015167ffffffffffffffff8116608084015250608083015160a083015260a083015161012060c084015261163561014084018261158f565b905060c0840151601f198483030160e0850152611652828261158f565b91505060e0840151601f1984830301610100850152611671828261158f565b915050610100840151601f1984830301610120850152611691828261158f565b95945050505050565b602081016104878284611556565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c908216806116e957607f821691505b602082108103611720577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561068a57805f5260205f20601f840160051c8101602085101561174b5750805b601f840160051c820191505b818110156105da575f8155600101611757565b67ffffffffffffffff831115611782576117826116a8565b6117968361179083546116d5565b83611726565b5f601f8411600181146117e6575f85156117b05750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b1783556105da565b5f83815260208120601f198716915b8281101561181557868501358255602094850194600190920191016117f5565b5086821015611850577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b606081525f61189e606083018789611862565b85602084015282810360408401526118b7818587611862565b98975050505050505050565b604081525f6118d6604083018688611862565b82810360208401526118e9818587611862565b97965050505050505056" as const;
