#pragma once

// The encrypted store in one include: keyed SQLCipher connections, statements,
// transactions and schema migrations.
#include "store/Database.h"
#include "store/Migration.h"
#include "store/Migrations.h"
#include "store/OpenOptions.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
